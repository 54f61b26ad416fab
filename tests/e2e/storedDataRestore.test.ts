import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';
import { storeInBrowser } from './support/storeInBrowser';
import smallMap from '../fixtures/small-map.json';

const browser = sharedBrowserForThisFile();

const SAVED_VIEWS_KEY = 'reoffending-map:saved-views:Fixture map for tests';
const AUTOSAVE_KEY = 'reoffending-map:unsaved-edits';
/** The address the app keys saved edits by: the dataset's, as the page resolved it. */
const datasetAddress = (page: Page) => new URL(new URL(page.url()).searchParams.get('data')!, page.url()).href;

describe('nothing stored in this browser can blank the page (issue 24, item 3)', () => {
  it('damaged saved views: the Stories tab opens, says what was set aside and where, and keeps the rest', async () => {
    const { page, problems } = await openApp(browser(), { fixture: 'small-map.json' });
    await page.getByRole('group', { name: /Causal map/ }).waitFor();
    await storeInBrowser(page, SAVED_VIEWS_KEY, {
      views: [{ name: 'The recall cycle', view: 'loop=recall-loop', savedAt: '2026-12-01T10:00:00.000Z' }, { name: 7 }],
      draft: { title: 'Kept title', steps: 'x' },
    });
    await page.reload();
    await page.getByRole('group', { name: /Causal map/ }).waitFor();
    await page.getByRole('tab', { name: 'Stories' }).click();
    const notice = page.getByRole('alert').filter({ hasText: 'set aside' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('saved view 2: field "name": expected text, found 7');
    expect(await notice.textContent()).toContain('the story draft’s field "steps": expected a list, found "x"');
    // The good view is kept and usable; the tab still works.
    await page.getByRole('button', { name: 'Add The recall cycle to the story' }).waitFor();
    expect(await page.getByLabel('Story title').inputValue()).toBe('Kept title');
    await page.getByLabel('Name this view').fill('After the repair');
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByText('Saved “After the repair”.').waitFor();
    // The next visit starts clean: the damage was set aside, not read again.
    await page.reload();
    await page.getByRole('group', { name: /Causal map/ }).waitFor();
    await page.getByRole('tab', { name: 'Stories' }).click();
    await page.getByRole('button', { name: 'Add After the repair to the story' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'set aside' }).count()).toBe(0);
    expect(problems.filter((p) => p.startsWith('page error'))).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('the record from the audit ({views: "not-a-list", draft: {steps: "x"}}) no longer blanks the Stories tab', async () => {
    const { page, problems } = await openApp(browser(), { fixture: 'small-map.json' });
    await page.getByRole('group', { name: /Causal map/ }).waitFor();
    await storeInBrowser(page, SAVED_VIEWS_KEY, { views: 'not-a-list', draft: { steps: 'x' } });
    await page.reload();
    await page.getByRole('group', { name: /Causal map/ }).waitFor();
    await page.getByRole('tab', { name: 'Stories' }).click();
    await page.getByRole('heading', { name: 'Saved views and stories' }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'field "views": expected a list, found "not-a-list"' }).waitFor();
    expect(await page.getByRole('group', { name: /Causal map/ }).isVisible()).toBe(true);
    expect(problems.filter((p) => p.startsWith('page error'))).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('autosaved edits with an impossible time come back from "an unknown time", never "Invalid Date"', async () => {
    const { page, problems } = await openApp(browser(), { fixture: 'small-map.json' });
    await page.getByRole('group', { name: /Causal map/ }).waitFor();
    const edited = structuredClone(smallMap);
    edited.factors[0]!.label = 'Edited in another session';
    await storeInBrowser(page, AUTOSAVE_KEY, { address: datasetAddress(page), savedAt: 'yesterday', dataset: edited, tab: 'another-tab' });
    await page.reload();
    await page.getByText('Unsaved edits from an unknown time were restored from this browser.', { exact: false }).waitFor();
    expect(await page.evaluate(() => document.body.innerText.includes('Invalid Date'))).toBe(false);
    expect(problems.filter((p) => p.startsWith('page error'))).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('autosaved edits that are not a valid dataset are refused with where, and the published map shows', async () => {
    const { page } = await openApp(browser(), { fixture: 'small-map.json' });
    await page.getByRole('group', { name: /Causal map/ }).waitFor();
    const damaged = structuredClone(smallMap);
    damaged.factors[1]!.label = '';
    await storeInBrowser(page, AUTOSAVE_KEY, { address: datasetAddress(page), savedAt: Date.now(), dataset: damaged });
    await page.reload();
    const refusal = page.getByRole('alert').filter({ hasText: 'Saved edits in this browser are not a valid dataset' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/\(1 problem: factors\[1\] "[^"]+", field "label"/);
    expect(await page.getByRole('group', { name: /Causal map/ }).isVisible()).toBe(true);
    await page.context().close();
  }, 60_000);
});
