/**
 * npx tsx scripts/screenshots-editor.ts
 * Saves edit mode, the changes view and an import preview at 1280×800 into screenshots/, to be
 * looked at before the editor is called done. Run `npm run build` first; the import uses the
 * shared Kumu fixture (../shared/fixtures/kumu), read in place.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/support/staticServer';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = `${root}screenshots`;
mkdirSync(out, { recursive: true });
const kumu = `${root}../shared/fixtures/kumu/snap-to-tutorial-project.json`;
const server = await startStaticServer({ '/map/': `${root}dist` });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('console', (m) => m.type() === 'error' && console.error(`console error: ${m.text()}`));
  await page.goto(`${server.url}/map/`);
  await page.getByRole('group', { name: /Causal map/ }).waitFor();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const editor = page.getByRole('complementary', { name: 'Dataset editor' });
  await editor.getByRole('button', { name: 'Add a factor' }).click();
  await editor.getByLabel('Label').fill('Debt on release');
  await editor.getByRole('button', { name: 'Add factor' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/editor-invalid.png` });
  await editor.getByLabel('Description').fill('Debts people carry out of prison.');
  await editor.getByLabel('Quote').fill('A short quote.');
  await editor.getByRole('button', { name: 'Add factor' }).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/editor-factor.png` });
  await editor.getByLabel('Section').selectOption('Links');
  await editor.getByLabel('Edit a link').selectOption({ index: 1 });
  await editor.getByLabel('Polarity').selectOption('-');
  await editor.getByRole('button', { name: 'Save link' }).click();
  await editor.getByLabel('Section').selectOption('Changes');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/editor-changes.png` });
  await editor.getByLabel('Section').selectOption('Loops');
  await editor.getByRole('button', { name: 'Add a named loop' }).click();
  await editor.getByLabel('Name', { exact: true }).fill('Fear keeps problems hidden');
  await editor.getByLabel('Step 1').selectOption({ index: 3 });
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${out}/editor-loop.png` });
  await editor.getByLabel('Section').selectOption('Import and export');
  await editor.getByLabel('Choose a file to import').setInputFiles({ name: 'snap-to-tutorial-project.json', mimeType: 'application/json', buffer: readFileSync(kumu) });
  await editor.getByRole('region', { name: 'Import preview' }).waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/editor-import-preview.png` });
  console.log(`Saved editor screenshots in ${out}`);
} finally {
  await browser.close();
  await server.close();
}
