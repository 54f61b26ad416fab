import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';
import { drawnIds, viewQuery } from './support/mapQueries';

const browser = sharedBrowserForThisFile();
const problems: string[] = [];

async function open(query = ''): Promise<Page> {
  const opened = await openApp(browser(), { fixture: 'small-map.json', query });
  opened.page.on('close', () => problems.push(...opened.problems));
  if (query.includes('view=')) await opened.page.getByRole('main').waitFor();
  else await opened.page.getByRole('group', { name: /Causal map/ }).waitFor();
  return opened.page;
}

/** The step number a traced loop or path shows on a node, as a person reads it. */
async function stepShownOn(page: Page, id: string): Promise<string | null> {
  const steps = page.locator(`[data-id="${id}"] text`).filter({ hasText: /^\d+$/ });
  return (await steps.count()) === 0 ? null : steps.first().textContent();
}

describe('a funder traces the vicious cycles', () => {
  it('chooses a loop: it is traced on the map in order, described, and in the address', async () => {
    const page = await open();
    await page.getByRole('tab', { name: 'Loops' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Loops' });
    await panel.getByRole('button', { name: /Recall cycle/ }).click();
    await expect.poll(() => viewQuery(page)).toBe('loop=recall-loop');
    expect(await panel.getByRole('heading', { name: 'Recall cycle' }).isVisible()).toBe(true);
    expect(await panel.textContent()).toContain('Reinforcing');
    expect([
      await stepShownOn(page, 'homeless-on-release'),
      await stepShownOn(page, 'missed-appointments'),
      await stepShownOn(page, 'recall'),
      await stepShownOn(page, 'drug-use'),
    ]).toEqual(['1', '2', '3', null]);
    // Everything outside the loop steps back.
    await expect.poll(() => page.locator('[data-id="drug-use"]').evaluate((el) => Number(getComputedStyle(el).opacity))).toBeLessThan(0.5);
    await panel.getByRole('button', { name: 'Stop tracing this loop' }).click();
    await expect.poll(() => viewQuery(page)).toBe('');
    expect(await stepShownOn(page, 'recall')).toBeNull();
    await page.close();
  });

  it('opens a shared link onto a loop found by search, not only named ones', async () => {
    const page = await open('loop=fear-of-recall~hidden-problems~unmet-needs~reoffending');
    expect(await page.getByRole('tab', { name: 'Loops' }).getAttribute('aria-selected')).toBe('true');
    expect(await stepShownOn(page, 'fear-of-recall')).toBe('1');
    expect(await stepShownOn(page, 'reoffending')).toBe('4');
    await page.close();
  });
});

describe('a funder follows a causal path to reoffending', () => {
  it('picks a factor; the shortest paths to the outcome are listed in words and traced', async () => {
    const page = await open();
    await page.getByRole('tab', { name: 'Paths' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Paths' });
    expect(await panel.getByRole('combobox', { name: 'To' }).inputValue()).toBe('reoffending');
    await panel.getByRole('combobox', { name: 'From' }).selectOption('homeless-on-release');
    await expect.poll(() => viewQuery(page)).toBe('path=homeless-on-release,reoffending');
    const paths = panel.getByRole('list', { name: 'Paths, shortest first' });
    expect(await paths.textContent()).toContain('More “Released with nowhere to sleep” → … → more “Reoffending”');
    expect(await stepShownOn(page, 'homeless-on-release')).toBe('1');
    expect(await stepShownOn(page, 'drug-use')).toBe('2');
    expect(await stepShownOn(page, 'reoffending')).toBe('3');
    await page.close();
  });

  it('says so when no path leads there', async () => {
    const page = await open('path=reoffending,trusted-worker');
    const panel = page.getByRole('tabpanel', { name: 'Paths' });
    // The Paths tab's code arrives a moment after the page (it is not on the first load): wait as a reader would.
    await expect.poll(() => panel.textContent()).toContain('No causal path on the map leads from “Reoffending” to “A trusted worker”.');
    await page.close();
  });
});

describe('a funder asks "what if we fund…"', () => {
  it('funds an intervention: factors rise and fall on the map, the largest effects are listed, and it is in the address', async () => {
    const page = await open();
    await page.getByRole('tab', { name: 'What if' }).click();
    const panel = page.getByRole('tabpanel', { name: 'What if' });
    expect(await panel.getByRole('note').textContent()).toContain('not a forecast');
    await panel.getByRole('checkbox', { name: 'Housing on release' }).check();
    await expect.poll(() => viewQuery(page)).toBe('fund=housing-on-release');
    const effects = panel.getByRole('list', { name: 'Largest effects' });
    const items = await effects.getByRole('listitem').allTextContents();
    expect(items[0]).toMatch(/^▼ Released with nowhere to sleep: falls/);
    expect(await panel.textContent()).toMatch(/Reoffending: falls/);
    // On the map a falling factor carries a ▼ mark.
    expect(await page.locator('[data-id="homeless-on-release"] text', { hasText: '▼' }).count()).toBe(1);
    expect(await page.locator('[data-id="trusted-worker"] text', { hasText: /▲|▼/ }).count()).toBe(0);
    await panel.getByRole('button', { name: 'Fund nothing' }).click();
    await expect.poll(() => viewQuery(page)).toBe('');
    await page.close();
  });
});

describe('a funder looks for evidence gaps', () => {
  it('reads the matrix, switches it to stages, and clicks a cell to see it on the map', async () => {
    const page = await open('view=gaps');
    const matrix = page.getByRole('table', { name: /Intervention types against domains/ });
    await matrix.waitFor();
    expect(await matrix.getByRole('row', { name: /Named evidence gaps/ }).textContent()).toContain('1');
    await page.getByRole('button', { name: 'Stages' }).click();
    await expect.poll(() => viewQuery(page)).toBe('view=gaps&axis=stage');
    await page.getByRole('button', { name: 'Domains' }).click();
    await page.getByRole('button', { name: /^Peer support in Relationships: 1 intervention/ }).click();
    await expect.poll(() => viewQuery(page)).toBe('type=peer-support&domain=relationships');
    await page.locator('[data-id]').first().waitFor();
    expect(await drawnIds(page)).toEqual(['peer-mentors', 'trusted-worker']);
    await page.close();
  });

  it('ranks interventions by leverage in its own view, following the filters', async () => {
    const page = await open('view=leverage&evidence=weak');
    const ranking = page.getByRole('table', { name: /Interventions ranked by leverage/ });
    await ranking.waitFor();
    const names = await ranking.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelector('td:nth-child(2)')?.textContent));
    expect(names).toEqual(['Drug treatment', 'Housing on release']);
    expect(await page.getByRole('note').first().textContent()).toContain('not a measure of impact');
    await page.close();
  });
});

describe('the page is clean', () => {
  it('logged no console errors or uncaught exceptions in any of the above', () => {
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
