/**
 * npx tsx scripts/measure/interactionShots.ts [folder]  (after npm run build)
 * Screenshots of the map in use at 1280×800: an intervention pointed at (its links appear), a node
 * selected with its details open, a link's details, and the keyboard focus ring. For looking at.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../../tests/e2e/support/staticServer';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/e2e/support/chromium';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = process.argv[2] ?? `${root}screenshots/after`;
mkdirSync(out, { recursive: true });
const server = await startStaticServer({ '/map/': `${root}dist` });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  await page.goto(`${server.url}/map/`);
  await page.locator('.map-node--intervention').first().waitFor();
  await page.locator('.map-node--intervention').nth(6).hover();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/hover-intervention-1280x800.png` });
  await page.locator('.map-node--factor').nth(20).click();
  await page.mouse.move(5, 790);
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/selected-1280x800.png` });
  await page.getByRole('button', { name: 'Close details' }).click();
  await page.locator('.map-edge-hit').nth(3).evaluate((el) => el.dispatchEvent(new MouseEvent('click', { bubbles: true })));
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${out}/link-details-1280x800.png` });
  await page.goto(`${server.url}/map/`);
  await page.locator('.map-node--intervention').first().waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowDown');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/keyboard-focus-1280x800.png` });
  console.log(`Saved to ${out}/`);
} finally {
  await browser.close();
  await server.close();
}
