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
import { comparePictures } from '../tests/e2e/support/comparePictures';

const [before, after] = process.argv.slice(2);
if (!before || !after) throw new Error('Usage: compare-shots DIR_BEFORE DIR_AFTER');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  for (const name of readdirSync(after).filter((f) => f.endsWith('.png')).sort()) {
    const result = (await comparePictures(page, readFileSync(join(before, name)), readFileSync(join(after, name)))) ?? { differing: -1, largest: -1, total: 0 };
    console.log(`${name}: ${result.differing} of ${result.total} pixels differ, by at most ${result.largest} of 255`);
  }
} finally {
  await browser.close();
}
