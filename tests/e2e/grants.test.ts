import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';
import { axeViolations, serious } from './support/axe';
import { dropTextFile } from './support/dropFile';

const browser = sharedBrowserForThisFile();
const INDIGO = fileURLToPath(new URL('../../../shared/fixtures/360giving/indigo-trust.json', import.meta.url));
const DULVERTON = fileURLToPath(new URL('../../../shared/fixtures/360giving/dulverton-trust.json', import.meta.url));
const indigo = JSON.parse(readFileSync(INDIGO, 'utf8')) as { grants: Array<{ id: string; title: string; amountAwarded: number }> };
const autobiography = indigo.grants.find((g) => g.id === '360G-indigotrust:IND6')!;
const pounds = (n: number) => `£${Math.round(n).toLocaleString('en-GB')}`;

async function openGrants(page?: Page): Promise<Page> {
  const opened = page ?? (await openApp(browser(), { query: 'view=grants' })).page;
  await opened.getByRole('heading', { name: 'Your grants on the map' }).waitFor();
  return opened;
}

const portfolioRow = (page: Page, label: string) => page.getByRole('table', { name: /Money by intervention/ }).getByRole('row').filter({ has: page.getByRole('button', { name: label, exact: true }) });

describe('a funder puts its grants on the map', () => {
  it('loads its 360Giving file by the picker, sees suggestions, confirms one by keyboard and sees the money in the portfolio', async () => {
    const page = await openGrants();
    await page.getByLabel('Grants file (360Giving JSON, CSV or XLSX)').setInputFiles(INDIGO);
    const files = page.getByRole('list', { name: 'Loaded grants files' });
    await expect.poll(() => files.textContent()).toMatch(/Indigo Trust \(indigo-trust\.json\): 269 grants, £8,053,545/);
    expect(await page.getByText(/of 269 grants have suggested tags/).textContent()).toMatch(/^(\d+) of 269/);

    const suggested = page.getByRole('list', { name: `Suggested tags for ${autobiography.title}` });
    expect(await suggested.textContent()).toMatch(/Arts and creative projects \(matched: autobiography\)/);
    // Nothing is counted until the funder confirms it.
    expect(await portfolioRow(page, 'Arts and creative projects').textContent()).toContain('none');

    const confirm = page.getByRole('button', { name: `Confirm suggestions for ${autobiography.title}` });
    await confirm.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('list', { name: `Tags for ${autobiography.title}` }).waitFor();
    await expect.poll(() => portfolioRow(page, 'Arts and creative projects').textContent()).toContain(pounds(autobiography.amountAwarded));
    expect(await portfolioRow(page, 'Arts and creative projects').isVisible()).toBe(true);
    expect(await page.getByText(/Indigo Trust, 26 Mar 2001 to .*: £[\d,]+ of £8,053,545 confirmed on the map \(1 of 269 grants\)/).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Leverage not funded' }).isVisible()).toBe(true);
    expect(await page.getByRole('list', { name: 'Leverage not funded' }).getByRole('listitem').count()).toBeGreaterThan(0);

    // The tagging is kept in this browser: after a reload and loading the file again, it is there.
    await page.reload();
    await openGrants(page);
    await page.getByLabel('Grants file (360Giving JSON, CSV or XLSX)').setInputFiles(INDIGO);
    await expect.poll(() => portfolioRow(page, 'Arts and creative projects').textContent()).toContain(pounds(autobiography.amountAwarded));
    // The grants themselves never go into the link.
    expect(page.url()).not.toMatch(/indigo|IND6|grants=/i);
    await page.context().close();
  });

  it('browses the Add list by keyboard without adding, adds only on Enter or Add, keeps focus in the row, and bulk-clears with an Undo', async () => {
    const page = await openGrants();
    await page.getByLabel('Grants file (360Giving JSON, CSV or XLSX)').setInputFiles(INDIGO);
    const title = autobiography.title;
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
    await page.getByRole('list', { name: `Suggested tags for ${title}` }).waitFor();

    // Open the list by keyboard and browse it: arrows and typing choose, nothing is added yet.
    await page.getByRole('button', { name: `Add an intervention to ${title}` }).focus();
    await page.keyboard.press('Enter');
    const chooser = page.getByRole('combobox', { name: `Intervention to add to ${title}` });
    await chooser.waitFor();
    expect(await focused()).toBe(`Intervention to add to ${title}`);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.type('m');
    const chosen = await chooser.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? '');
    expect(chosen).toMatch(/^M/);
    expect(await page.getByRole('list', { name: `Tags for ${title}`, exact: true }).count()).toBe(0);
    expect(await page.getByRole('list', { name: `Suggested tags for ${title}` }).isVisible()).toBe(true);
    // Enter adds the chosen one; focus comes back to the row's Add button, not the page's body.
    await page.keyboard.press('Enter');
    const tags = page.getByRole('list', { name: `Tags for ${title}`, exact: true });
    await tags.waitFor();
    expect(await tags.textContent()).toContain(chosen);
    expect(await tags.textContent()).toContain('Arts and creative projects');
    await expect.poll(focused).toBe(`Add an intervention to ${title}`);
    // The row says which factors its interventions reach.
    const row = page.getByRole('listitem').filter({ has: tags });
    expect(await row.getByText(/Reaches factors:/).isVisible()).toBe(true);

    // Clear by keyboard: focus goes to the row's undo, and Enter there brings the suggestions back.
    await page.getByRole('button', { name: `Clear tags from ${title}` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe(`Back to suggestions for ${title}`);
    await page.keyboard.press('Enter');
    await page.getByRole('list', { name: `Suggested tags for ${title}` }).waitFor();
    await expect.poll(focused).toBe(`Add an intervention to ${title}`);
    // Confirm by keyboard: focus stays in the row, on its undo.
    await page.getByRole('button', { name: `Confirm suggestions for ${title}` }).focus();
    await page.keyboard.press('Enter');
    await tags.waitFor();
    await expect.poll(focused).toBe(`Back to suggestions for ${title}`);

    // Bulk: clear every other suggestion, see it said, and undo it from the keyboard.
    const clearAll = page.getByRole('button', { name: /^Clear all [\d,]+ suggestions$/ });
    const pending = Number((await clearAll.textContent())!.match(/[\d,]+/)![0].replace(/,/g, ''));
    expect(pending).toBeGreaterThan(1);
    await clearAll.focus();
    await page.keyboard.press('Enter');
    const status = page.getByRole('status').filter({ hasText: /Cleared the suggestions of/ });
    await expect.poll(() => status.textContent()).toContain(`Cleared the suggestions of ${pending.toLocaleString('en-GB')} grants`);
    await expect.poll(focused).toBe('Undo');
    expect(await page.getByRole('button', { name: /^Clear all 0 suggestions$/ }).isDisabled()).toBe(true);
    // The grant confirmed by hand was not touched.
    expect(await tags.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => clearAll.textContent()).toBe(`Clear all ${pending.toLocaleString('en-GB')} suggestions`);

    // Forgetting every decision discards confirmed work, so it too can be undone.
    await page.getByRole('button', { name: 'Forget your 1 decision', exact: true }).click();
    await page.getByRole('list', { name: `Suggested tags for ${title}` }).waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await tags.waitFor();
    await page.context().close();
  });

  it('loads a file dropped on the page, and a broken one gives a located error with the map and loaded grants intact', async () => {
    const page = await openGrants();
    const drop = (name: string, text: string) => dropTextFile(page, page.locator('.grants-drop'), name, text);
    await drop('indigo-trust.json', readFileSync(INDIGO, 'utf8'));
    await expect.poll(() => page.getByRole('list', { name: 'Loaded grants files' }).textContent()).toContain('269 grants');
    // The drop was the grants view's: the editor's map import did not take it for a map.
    expect(await page.getByRole('region', { name: 'Import and export' }).count()).toBe(0);
    const broken = { grants: [indigo.grants[0], { ...indigo.grants[1], amountAwarded: 'a lot' }] };
    await drop('broken.json', JSON.stringify(broken));
    const alert = page.getByRole('region', { name: 'Load your grants' }).getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('broken.json, row 2, amountAwarded: expected an amount');
    expect(await page.getByRole('list', { name: 'Loaded grants files' }).textContent()).toContain('269 grants');
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Map' }).click();
    await page.getByRole('group', { name: /Causal map/ }).waitFor();
    await page.context().close();
  });

  it('opens a published file named by ?grants= and reads it like a picked one', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.route('**/published/indigo-trust.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: readFileSync(INDIGO) }));
    await page.goto(`${inject('appUrl')}?view=grants&grants=published/indigo-trust.json`);
    await openGrants(page);
    await expect.poll(() => page.getByRole('list', { name: 'Loaded grants files' }).textContent()).toMatch(/Indigo Trust \(indigo-trust\.json\): 269 grants/);
    expect(await page.getByRole('list', { name: `Suggested tags for ${autobiography.title}` }).isVisible()).toBe(true);
    await context.close();
  });

  it('loads two funders’ files together and tells them apart', async () => {
    const page = await openGrants();
    await page.getByLabel('Grants file (360Giving JSON, CSV or XLSX)').setInputFiles([INDIGO, DULVERTON]);
    const files = page.getByRole('list', { name: 'Loaded grants files' });
    await expect.poll(() => files.getByRole('listitem').count()).toBe(2);
    expect(await files.textContent()).toMatch(/The Dulverton Trust \(dulverton-trust\.json\): 1,860 grants, £30,442,591/);
    expect(await page.getByText(/of 2,129 grants have suggested tags/).isVisible()).toBe(true);
    // Each grant says whose it is, and the portfolio shows one funder or both.
    expect(await page.getByText(/· The Dulverton Trust$/).first().isVisible()).toBe(true);
    const summary = page.locator('.portfolio-summary');
    expect(await summary.textContent()).toMatch(/^Indigo Trust and The Dulverton Trust, .*of £38,496,136 confirmed/);
    await page.getByLabel('Funder').selectOption('The Dulverton Trust');
    await expect.poll(() => summary.textContent()).toMatch(/^The Dulverton Trust, .*of £30,442,591 confirmed .*of 1,860 grants/);
    await page.context().close();
  });

  it('the Grants view with a file loaded and tags confirmed has no serious WCAG 2.2 AA violation', async () => {
    const { page } = await openApp(browser(), { query: 'view=grants', bypassCSP: true });
    await openGrants(page);
    await page.getByLabel('Grants file (360Giving JSON, CSV or XLSX)').setInputFiles(INDIGO);
    await page.getByRole('button', { name: /Confirm all \d+ suggestions/ }).click();
    await page.getByRole('list', { name: `Tags for ${autobiography.title}` }).waitFor();
    expect(serious(await axeViolations(page))).toEqual([]);
    await page.context().close();
  });

  it('a reader who never opens Grants never downloads its code, even once the other views are prefetched', async () => {
    const { page } = await openApp(browser(), {});
    const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    await page.getByRole('group', { name: /Causal map/ }).waitFor();
    // The other views' code is fetched when the page is idle: wait for it, then look.
    await expect.poll(async () => (await fetched()).some((u) => /TableView/.test(u)), { timeout: 15_000 }).toBe(true);
    expect((await fetched()).filter((u) => /GrantsView|grantColumns|readGrants|grantsWorker/.test(u))).toEqual([]);
    await page.context().close();
  });
});
