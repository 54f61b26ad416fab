/**
 * npx tsx bench/compare-shots.ts DIR_BEFORE DIR_AFTER
 *
 * Compares the screenshots of the same name in two folders (bench/canvas-long-tasks.ts --shots):
 * how many pixels differ, and by how much at most, so a change to the painter can be shown not to
 * change the picture. Decodes the images in headless Chromium (no image library needed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium';

const [before, after] = process.argv.slice(2);
if (!before || !after) throw new Error('Usage: compare-shots DIR_BEFORE DIR_AFTER');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  for (const name of readdirSync(after).filter((f) => f.endsWith('.png')).sort()) {
    const url = (dir: string) => `data:image/png;base64,${readFileSync(join(dir, name)).toString('base64')}`;
    // A string, so the bundler's helpers (tsx names functions) do not leak into the page.
    const result = (await page.evaluate(`(async () => {
      const load = async (src) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const ctx = canvas.getContext('2d');
        ctx.drawImage(image, 0, 0);
        return ctx.getImageData(0, 0, image.width, image.height);
      };
      const [p, q] = await Promise.all([load(${JSON.stringify(url(before))}), load(${JSON.stringify(url(after))})]);
      if (p.width !== q.width || p.height !== q.height) return { differing: -1, largest: -1, total: 0 };
      let differing = 0;
      let largest = 0;
      for (let i = 0; i < p.data.length; i += 4) {
        const d = Math.max(Math.abs(p.data[i] - q.data[i]), Math.abs(p.data[i + 1] - q.data[i + 1]), Math.abs(p.data[i + 2] - q.data[i + 2]));
        if (d > 0) differing++;
        if (d > largest) largest = d;
      }
      return { differing, largest, total: p.width * p.height };
    })()`)) as { differing: number; largest: number; total: number };
    console.log(`${name}: ${result.differing} of ${result.total} pixels differ, by at most ${result.largest} of 255`);
  }
} finally {
  await browser.close();
}
