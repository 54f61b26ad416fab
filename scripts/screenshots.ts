/**
 * npm run screenshots -- [query] [node id to select]
 * Serves dist/ under /map/ and saves what a person sees at 1280×800 and 390×844 into screenshots/,
 * so a change can be looked at before it is called done. Run `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/support/staticServer';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = `${root}screenshots`;
mkdirSync(out, { recursive: true });
const [query = '', select] = process.argv.slice(2);
const server = await startStaticServer({ '/map/': `${root}dist`, '/fixtures/': `${root}tests/fixtures` });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    const page = await browser.newPage({ viewport });
    page.on('console', (m) => {
      if (m.type() === 'error') console.error(`console error: ${m.text()}`);
    });
    await page.goto(`${server.url}/map/${query ? `?${query.replace(/^\?/, '')}` : ''}`);
    await page.waitForSelector('.app-main, [role="alert"]', { timeout: 15_000 });
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${out}/${name}.png` });
    if (select) {
      await page.locator(`[data-id="${select}"]`).click();
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${out}/${name}-selected.png` });
    }
    await page.close();
    console.log(`Saved ${out}/${name}.png${select ? ` and ${name}-selected.png` : ''}`);
  }
} finally {
  await browser.close();
  await server.close();
}
