import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';
import { dimmedIds, drawnIds, viewQuery } from './support/mapQueries';
import { smallMap } from '../fixtures/loadFixture';

const browser = sharedBrowserForThisFile();
const problems: string[] = [];

const FACTORS = smallMap().factors.map((f) => f.id);
const sorted = (ids: string[]) => [...ids].sort();

async function open(query = ''): Promise<Page> {
  const opened = await openApp(browser(), { fixture: 'small-map.json', query });
  opened.page.on('close', () => problems.push(...opened.problems));
  await opened.page.getByRole('group', { name: /Causal map/ }).waitFor();
  return opened.page;
}

async function chooseType(page: Page, name: string) {
  const types = page.locator('details.multi-select', { hasText: 'Intervention type' });
  if ((await types.getAttribute('open')) === null) await types.locator('summary').click();
  await page.getByRole('checkbox', { name: new RegExp(`^${name}`) }).click();
}

describe('a funder narrows the map and shares the view', () => {
  it('filters by clicking; the address changes; a reload draws exactly the same items', async () => {
    const page = await open();
    expect(await drawnIds(page)).toHaveLength(12);
    await chooseType(page, 'Peer support');
    await expect.poll(() => viewQuery(page)).toBe('type=peer-support');
    const drawn = await drawnIds(page);
    expect(drawn).toEqual(sorted([...FACTORS, 'peer-mentors']));
    expect(await dimmedIds(page)).toEqual(sorted(FACTORS.filter((id) => id !== 'fear-of-recall' && id !== 'trusted-worker')));
    expect(await page.getByRole('status').filter({ hasText: 'Showing' }).textContent()).toContain('Showing 1 of 3 interventions');

    await page.reload();
    await page.getByRole('group', { name: /Causal map/ }).waitFor();
    expect(await drawnIds(page)).toEqual(drawn);
    await page.locator('details.multi-select', { hasText: 'Intervention type' }).locator('summary').click();
    expect(await page.getByRole('checkbox', { name: /^Peer support/ }).isChecked()).toBe(true);
    await page.close();
  });

  it('opens a crafted address onto exactly the expected items', async () => {
    const page = await open('domain=health&evidence=limited');
    expect(await drawnIds(page)).toEqual(['drug-use', 'treatment', 'unmet-needs']);
    expect(await page.getByRole('combobox', { name: 'Evidence' }).inputValue()).toBe('limited');
    await page.close();
  });

  it('shows only the factors the chosen interventions act on, when asked', async () => {
    const page = await open('type=peer-support&only=reached');
    expect(await drawnIds(page)).toEqual(['fear-of-recall', 'peer-mentors', 'trusted-worker']);
    expect(await page.getByRole('checkbox', { name: 'Only factors these interventions act on' }).isChecked()).toBe(true);
    await page.close();
  });

  it('undoes a filter with Back, one step at a time', async () => {
    const page = await open();
    await chooseType(page, 'Peer support');
    await page.getByRole('combobox', { name: 'Evidence' }).selectOption('weak');
    await expect.poll(() => viewQuery(page)).toBe('type=peer-support&evidence=weak');
    expect(await drawnIds(page)).toEqual(FACTORS.slice().sort());

    await page.goBack();
    await expect.poll(() => viewQuery(page)).toBe('type=peer-support');
    await expect.poll(() => drawnIds(page)).toEqual(sorted([...FACTORS, 'peer-mentors']));
    expect(await page.getByRole('combobox', { name: 'Evidence' }).inputValue()).toBe('');

    await page.goBack();
    await expect.poll(() => drawnIds(page)).toHaveLength(12);
    await page.close();
  });

  it('ignores values it cannot use, says which, and still draws the map', async () => {
    const page = await open('type=astrology,peer-support&evidence=proven&view=chart');
    const notice = page.getByRole('status', { name: 'Link notices' });
    await notice.waitFor();
    const text = await notice.textContent();
    expect(text).toContain('Ignored view="chart"');
    expect(text).toContain('Ignored evidence="proven"');
    expect(text).toContain('Ignored intervention type "astrology": this dataset has no such intervention type.');
    expect(await drawnIds(page)).toEqual(sorted([...FACTORS, 'peer-mentors']));
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached' });
    // The next change writes a clean address, without the values that were ignored.
    await page.getByRole('combobox', { name: 'Evidence' }).selectOption('weak');
    await expect.poll(() => viewQuery(page)).toBe('type=peer-support&evidence=weak');
    await page.close();
  });

  it('keeps every node that stays exactly where it was on the map when a filter hides others', async () => {
    const page = await open();
    // Where the node is on the map itself: the filtered view zooms to fit what remains, the layout never moves.
    const onMap = (id: string) =>
      page.locator(`[data-id="${id}"]`).evaluate((el) => {
        const m = (el as SVGGElement).transform.baseVal.consolidate()?.matrix;
        return { x: m?.e ?? NaN, y: m?.f ?? NaN };
      });
    const before = await onMap('recall');
    await chooseType(page, 'Accommodation');
    await page.getByRole('combobox', { name: 'Evidence' }).selectOption('weak');
    const after = await onMap('recall');
    expect(Math.abs(after.x - before.x)).toBeLessThan(0.5);
    expect(Math.abs(after.y - before.y)).toBeLessThan(0.5);
    await page.close();
  });
});

describe('a funder searches and focuses', () => {
  it('searches with suggestions; typing replaces the history entry; choosing selects and opens the item', async () => {
    const page = await open();
    const historyBefore = await page.evaluate(() => history.length);
    await page.getByRole('combobox', { name: /Search/ }).pressSequentially('fear', { delay: 20 });
    await expect.poll(() => viewQuery(page)).toBe('q=fear');
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    await page.getByRole('option', { name: /Fear of recall/ }).click();
    const panel = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Fear of recall');
    await expect.poll(() => viewQuery(page)).toBe('q=fear&select=fear-of-recall');
    expect(await page.locator('[data-id="fear-of-recall"]').getAttribute('aria-current')).toBe('true');
    await page.close();
  });

  it('focuses on a node’s neighbourhood, goes deeper, and leaves by the breadcrumb', async () => {
    const page = await open('select=recall');
    await page.getByRole('button', { name: 'Focus on its neighbourhood' }).click();
    const breadcrumb = page.getByRole('navigation', { name: 'Focus' });
    await breadcrumb.waitFor();
    expect(await breadcrumb.textContent()).toContain('Focus: Recall to prison');
    expect(await drawnIds(page)).toEqual(['homeless-on-release', 'missed-appointments', 'recall']);
    await breadcrumb.getByRole('combobox', { name: 'Steps' }).selectOption('2');
    await expect.poll(() => viewQuery(page)).toBe('focus=recall&depth=2&dir=both&select=recall');
    expect(await drawnIds(page)).toEqual(['drug-use', 'homeless-on-release', 'housing-on-release', 'missed-appointments', 'recall']);
    await breadcrumb.getByRole('combobox', { name: 'Follow' }).selectOption('out');
    expect(await drawnIds(page)).toEqual(['drug-use', 'homeless-on-release', 'missed-appointments', 'recall']);
    await breadcrumb.getByRole('button', { name: 'Leave focus' }).click();
    await breadcrumb.waitFor({ state: 'detached' });
    expect(await drawnIds(page)).toHaveLength(12);
    await page.close();
  });
});

describe('the table view, the map’s non-visual twin', () => {
  it('shows the same filtered items as tables, and a row opens the same details', async () => {
    const opened = await openApp(browser(), { fixture: 'small-map.json', query: 'domain=health' });
    const page = opened.page;
    await page.getByRole('button', { name: 'Table' }).click();
    await expect.poll(() => viewQuery(page)).toBe('view=table&domain=health');
    const factors = page.getByRole('table', { name: /^Factors/ });
    await factors.waitFor();
    expect(await page.locator('[data-id]').count()).toBe(0);
    expect(await factors.locator('tbody tr').count()).toBe(2);
    expect(await page.getByRole('table', { name: /^Interventions/ }).locator('tbody tr').count()).toBe(1);
    await factors.getByRole('button', { name: 'Substance use' }).click();
    const panel = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Substance use');
    await page.getByRole('button', { name: 'Map' }).click();
    await page.locator('[data-id="drug-use"]').waitFor();
    expect(await page.locator('[data-id="drug-use"]').getAttribute('aria-current')).toBe('true');
    problems.push(...opened.problems);
    await page.close();
  });
});

describe('the page is clean', () => {
  it('logged no console errors or uncaught exceptions in any of the above', () => {
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
