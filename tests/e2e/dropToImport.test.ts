import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';
import { dropTextFile } from './support/dropFile';

const browser = sharedBrowserForThisFile();
const INDIGO = fileURLToPath(new URL('../../../shared/fixtures/360giving/indigo-trust.json', import.meta.url));
const PUBLISHED_PLUS_ONE = fileURLToPath(new URL('../fixtures/published-map-plus-one.json', import.meta.url));

async function openMap(): Promise<Page> {
  const { page } = await openApp(browser(), { fixture: 'published-map.json' });
  await page.getByRole('group', { name: /Causal map/ }).waitFor();
  return page;
}

/** Drops a file on the map, as a person dragging it from their desktop does. */
const dropOnMap = (page: Page, name: string, text: string) => dropTextFile(page, page.locator('main'), name, text);

describe('a file dropped on the map with the editor closed', () => {
  it('opens the editor on its import and reads the file there at once', async () => {
    const page = await openMap();
    expect(await page.getByRole('complementary', { name: 'Dataset editor' }).count()).toBe(0);
    await dropOnMap(page, 'published-map-plus-one.json', readFileSync(PUBLISHED_PLUS_ONE, 'utf8'));
    const editor = page.getByRole('complementary', { name: 'Dataset editor' });
    await editor.waitFor();
    expect(await editor.getByLabel('Section').inputValue()).toBe('Import and export');
    const preview = editor.getByRole('region', { name: 'Import preview' });
    await preview.waitFor();
    expect(await preview.isVisible()).toBe(true);
    expect(await preview.getByRole('heading', { name: 'Preview of importing published-map-plus-one.json' }).isVisible()).toBe(true);
    await page.context().close();
  });

  it('says a 360Giving grants file is one, and opens it in the Grants view with one press', async () => {
    const page = await openMap();
    await dropOnMap(page, 'indigo-trust.json', readFileSync(INDIGO, 'utf8'));
    const editor = page.getByRole('complementary', { name: 'Dataset editor' });
    const alert = editor.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain('indigo-trust.json is not a map: this is a 360Giving grants file: open it in the Grants view');
    expect(await alert.textContent()).not.toMatch(/meta|problems/);
    await alert.getByRole('button', { name: 'Open indigo-trust.json in the Grants view' }).click();
    await page.getByRole('heading', { name: 'Your grants on the map' }).waitFor();
    await expect.poll(() => page.getByRole('list', { name: 'Loaded grants files' }).textContent()).toMatch(/Indigo Trust \(indigo-trust\.json\): 269 grants/);
    await page.context().close();
  });

  it('says the same of a grants CSV picked in the editor’s import', async () => {
    const page = await openMap();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const editor = page.getByRole('complementary', { name: 'Dataset editor' });
    await editor.getByLabel('Section').selectOption('Import and export');
    const csv = 'Identifier,Title,Amount Awarded,Currency,Award Date,Funding Org:Name\n360G-x-1,Mentoring for people leaving prison,5000,GBP,2020-01-02,X Trust\n';
    await editor.getByLabel('Choose a file to import').setInputFiles({ name: 'x-trust.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => editor.getByRole('alert').textContent(), { timeout: 15_000 }).toContain('x-trust.csv is not a map: this is a 360Giving grants file: open it in the Grants view');
    expect(await editor.getByRole('button', { name: 'Open x-trust.csv in the Grants view' }).isVisible()).toBe(true);
    await page.context().close();
  });
});
