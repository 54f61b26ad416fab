import { describe, expect, it } from 'vitest';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';
import { drawnIds } from './support/mapQueries';
import { TRAP } from './support/hostileProbe';
import { CORPUS } from '../fixtures/hostile/corpus';
import { corpusBytes } from '../fixtures/hostile/corpusCase';

const browser = sharedBrowserForThisFile();

/**
 * Issue 13, item 3: every committed dataset file of the hostile corpus, chosen with the editor's
 * file picker and dropped on the page, one after another in one page with an edit open. Each gets
 * a preview (a file that validates) or a located error (one that does not), as ?data= gives it;
 * nothing runs (the same trap as hostileCorpus.test.ts), nothing is thrown, and the map and the
 * edit on screen stay as they were. (The 10 MB and 100,000-item cases are generated, and go
 * through ?data= and the validator only.)
 */
const datasets = CORPUS.filter((c) => c.kind === 'dataset' && !c.generated);

describe('the hostile corpus through the file picker and drag-and-drop', () => {
  it(`${datasets.length} dataset files: a preview or a located error each; nothing runs; the map and the edits stay`, async () => {
    const { page, problems } = await openApp(browser(), { fixture: 'small-map.json', bypassCSP: true });
    await page.addInitScript(TRAP);
    await page.reload();
    await page.getByRole('group', { name: /Causal map/ }).waitFor();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const editor = page.getByRole('complementary', { name: 'Dataset editor' });
    // An edit the hostile files must not disturb.
    await editor.getByLabel('Section').selectOption('Factors');
    await editor.getByRole('button', { name: 'Add a factor' }).click();
    const form = editor.getByRole('form', { name: 'New factor' });
    await form.getByLabel('Label').fill('Kept through hostile files');
    await form.getByLabel('Description').fill('Added before the hostile files, and still here after.');
    await form.getByLabel('Quote').fill('A short quote.');
    await form.getByRole('button', { name: 'Add factor' }).click();
    await editor.getByText('Saved factor “Kept through hostile files”.').waitFor();
    const before = await drawnIds(page);
    await editor.getByLabel('Section').selectOption('Import and export');

    const outcomes: string[] = [];
    for (const hostile of datasets) {
      const bytes = corpusBytes(hostile);
      for (const way of ['picker', 'drop'] as const) {
        if (way === 'picker') {
          await editor.getByLabel('Choose a file to import').setInputFiles({ name: hostile.file, mimeType: 'application/json', buffer: bytes });
        } else {
          const transfer = await page.evaluateHandle(
            ({ name, data }) => {
              const transfer = new DataTransfer();
              transfer.items.add(new File([new Uint8Array(data)], name, { type: 'application/json' }));
              return transfer;
            },
            { name: hostile.file, data: [...bytes] },
          );
          await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
          await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
        }
        const preview = editor.getByRole('region', { name: 'Import preview' });
        const error = page.getByRole('alert').filter({ hasText: hostile.file });
        await expect.poll(async () => (await preview.count()) + (await error.count()), { timeout: 10_000 }).toBeGreaterThan(0);
        const shown = (await preview.count()) > 0 && (await preview.getByRole('button', { name: 'Replace the dataset with this import' }).isEnabled());
        outcomes.push(`${hostile.file} ${way}: ${shown ? 'shown' : 'refused'}`);
        expect(`${hostile.file} ${way}: ${shown ? 'shown' : 'refused'}`).toBe(`${hostile.file} ${way}: ${hostile.expect === 'shown' ? 'shown' : 'refused'}`);
        if ((await preview.count()) > 0) await preview.getByRole('button', { name: 'Cancel' }).click();
      }
    }
    expect(await page.evaluate(() => (window as unknown as { __trapHits: string[] }).__trapHits)).toEqual([]);
    expect(problems.filter((p) => p.startsWith('page error'))).toEqual([]);
    expect(await drawnIds(page)).toEqual(before);
    expect(outcomes).toHaveLength(datasets.length * 2);
    await page.context().close();
  }, 300_000);
});
