import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';
import { drawnIds, viewQuery } from './support/mapQueries';
import { smallMap } from '../fixtures/loadFixture';
import { EVIDENCE_SCALE } from '../../src/model';

const browser = sharedBrowserForThisFile();
const problems: string[] = [];
const fixture = smallMap();
const PHONE = { width: 390, height: 844 };

async function open(query: string, viewport?: { width: number; height: number }): Promise<Page> {
  const opened = await openApp(browser(), { fixture: 'small-map.json', query, viewport });
  opened.page.on('close', () => problems.push(...opened.problems));
  await opened.page.getByRole('main').waitFor();
  return opened.page;
}

/** The text of each cell in the comparison's row with this heading, one per intervention. */
async function compareRow(page: Page, heading: RegExp): Promise<string[]> {
  const row = page.getByRole('table', { name: /side by side/ }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: heading }) });
  return row.getByRole('cell').allTextContents();
}

const three = fixture.interventions.slice(0, 3);

describe('a funder asks "which of these three should we fund, and how sure are we?"', () => {
  it('opens three interventions side by side from a link, each with its evidence, reach, what-if and gaps', async () => {
    const page = await open(`view=compare&compare=${three.map((i) => i.id).join(',')}`);
    const table = page.getByRole('table', { name: '3 interventions side by side' });
    await table.waitFor();
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(three.map((i) => i.label));
    const evidence = await compareRow(page, /^Evidence$/);
    three.forEach((i, n) => {
      expect(evidence[n]).toContain(EVIDENCE_SCALE[i.evidence.strength].label);
      expect(evidence[n]).toContain(i.evidence.summary);
    });
    // The research and what people said stand side by side for each, neither in place of the other.
    const columns = await compareRow(page, /What the research found, and what people said/);
    expect(columns.every((text) => text.includes('What the research found') && text.includes('What people with lived experience and practitioners said'))).toBe(true);
    const kinds = await compareRow(page, /Kind of source/);
    expect(kinds.every((text) => text.length > 0)).toBe(true);
    const factors = await compareRow(page, /Factors it acts on/);
    three.forEach((i, n) => {
      for (const t of i.targets) expect(factors[n]).toContain(fixture.factors.find((f) => f.id === t.factor)!.label);
    });
    const whatIf = await compareRow(page, /What-if on Reoffending/);
    expect(whatIf.every((text) => /rises|falls|no effect/.test(text))).toBe(true);
    expect(await compareRow(page, /Leverage/)).toEqual(expect.arrayContaining([expect.stringMatching(/Score \d+\.\d\d, rank \d of 3/)]));
    // The named gap about a factor one of them acts on is there.
    const gaps = await compareRow(page, /Named evidence gaps/);
    for (const gap of fixture.gaps) {
      three.forEach((i, n) => expect(gaps[n]!.includes(gap.question)).toBe(i.targets.some((t) => gap.factors.includes(t.factor))));
    }
    expect(viewQuery(page)).toBe(`view=compare&compare=${three.map((i) => i.id).join(',')}`);
    await page.close();
  });

  it('chooses interventions to compare from the table, and reads them on a phone without sideways scrolling', async () => {
    const page = await open('view=table', PHONE);
    await page.getByRole('checkbox', { name: `Compare ${three[0]!.label}` }).check();
    await page.getByRole('checkbox', { name: `Compare ${three[1]!.label}` }).check();
    await page.getByRole('button', { name: 'Compare side by side' }).click();
    await page.getByRole('table', { name: '2 interventions side by side' }).waitFor();
    await expect.poll(() => viewQuery(page)).toBe(`view=compare&compare=${three[0]!.id},${three[1]!.id}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Each entry still says which intervention it is about, and the evidence reads for both.
    const evidence = await compareRow(page, /^Evidence$/);
    expect(evidence).toHaveLength(2);
    const labels = await page.locator('.compare-table tbody td .compare-entry-name').first().evaluate((name) => getComputedStyle(name, '::before').content);
    expect(labels).toContain(three[0]!.label);
    await page.close();
  });
});

describe('a funder asks "what does nobody know yet?"', () => {
  it('opens the questions behind a count in the matrix’s named-gaps row', async () => {
    const page = await open('view=gaps');
    const gap = fixture.gaps[0]!;
    const factor = fixture.factors.find((f) => f.id === gap.factors[0])!;
    const domain = fixture.vocabularies.domains.find((d) => d.id === factor.domain)!;
    await page.getByRole('button', { name: new RegExp(`named evidence gaps? concerning ${domain.label}: show the questions`) }).click();
    const list = page.getByRole('region', { name: new RegExp(`Named evidence gaps concerning the domain “${domain.label}”`) });
    await list.waitFor();
    expect(await list.textContent()).toContain(gap.question);
    expect(await list.getByRole('button', { name: factor.label }).count()).toBe(1);
    await expect.poll(() => viewQuery(page)).toBe(`view=gaps&gapsin=${domain.id}`);
    // Its factor's details list the same question.
    await list.getByRole('button', { name: factor.label }).click();
    const details = page.getByRole('complementary', { name: 'Details' });
    expect(await details.getByRole('button', { name: gap.question }).count()).toBe(1);
    await page.close();
  });

  it('finds a gap from search and reads its question, factors and sources', async () => {
    const gap = fixture.gaps[0]!;
    const page = await open('');
    await page.getByRole('combobox', { name: /^Search/ }).fill(gap.question.split(' ').slice(0, 4).join(' '));
    await page.getByRole('option', { name: new RegExp(`Evidence gap`) }).first().click();
    const details = page.getByRole('complementary', { name: 'Details' });
    expect(await details.getByRole('heading', { level: 2 }).textContent()).toBe(gap.question);
    expect(await details.textContent()).toContain(gap.citations[0]!.quote);
    await page.close();
  });
});

describe('a link the dataset cannot honour', () => {
  it('meets a notice for scale=100k instead of an empty map', async () => {
    const page = await open('scale=100k');
    const notice = page.getByRole('status', { name: 'Link notices' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Ignored scale=100k: no intervention in this dataset is tied to a funding scale');
    expect(await drawnIds(page)).toHaveLength(fixture.factors.length + fixture.interventions.length);
    await page.close();
  });
});

describe('the page is clean', () => {
  it('logged no console errors or uncaught exceptions in any of the above', () => {
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
