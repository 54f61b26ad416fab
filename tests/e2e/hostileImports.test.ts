import { describe, expect, it } from 'vitest';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';
import { drawnIds } from './support/mapQueries';
import { hostileImportFiles, TRAP } from '../fixtures/hostile/hostileImportFiles';

const browser = sharedBrowserForThisFile();

/**
 * Issue 13, item 3, for the import formats: the same hostile content as Kumu JSON, CSV, XLSX,
 * GEXF and GraphML, chosen with the editor's file picker, previewed and imported. A trap records
 * any payload that runs (a write to window.__pwned, a dialog); the page must show the map of the
 * imported file, with its text as text, and no uncaught error.
 */
describe('a hostile map from another tool, opened with the file picker, shows as text and runs nothing', async () => {
  for (const { label, files } of await hostileImportFiles()) {
    it(label, async () => {
      const { page, problems } = await openApp(browser(), { fixture: 'small-map.json' });
      await page.addInitScript(`Object.defineProperty(window, '${TRAP}', { set() { document.title = 'PWNED'; }, configurable: true });`);
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.reload();
      await page.getByRole('group', { name: /Causal map/ }).waitFor();
      await page.getByRole('button', { name: 'Edit', exact: true }).click();
      const editor = page.getByRole('complementary', { name: 'Dataset editor' });
      await editor.getByLabel('Section').selectOption('Import and export');
      await editor.getByLabel('Choose a file to import').setInputFiles(
        files.map((f) => ({ name: f.name, mimeType: 'application/octet-stream', buffer: Buffer.from(typeof f.content === 'string' ? f.content : f.content) })),
      );
      await editor.getByRole('region', { name: 'Import preview' }).waitFor();
      await editor.getByRole('button', { name: 'Replace the dataset with this import' }).click();
      await expect.poll(async () => (await drawnIds(page)).length).toBe(10);
      // The markup is on the page as words, and did nothing.
      await expect.poll(() => page.locator('text').filter({ hasText: '<script>' }).count()).toBeGreaterThan(0);
      expect(await page.title()).not.toBe('PWNED');
      expect(await page.evaluate(() => document.querySelectorAll('main script, main iframe, main object, main embed').length)).toBe(0);
      expect(dialogs).toEqual([]);
      expect(problems.filter((p) => p.startsWith('page error'))).toEqual([]);
      await page.context().close();
    }, 60_000);
  }
});
