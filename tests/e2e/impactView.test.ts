import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';
import { viewQuery } from './support/mapQueries';
import { axeViolations, serious } from './support/axe';

const browser = sharedBrowserForThisFile();
const problems: string[] = [];
/** Set SCREENSHOTS=/some/dir to keep pictures of what these tests saw, to look at by eye. */
const shots = process.env.SCREENSHOTS;

async function open(query: string, bypassCSP = false): Promise<Page> {
  const opened = await openApp(browser(), { fixture: 'impact-map.json', query, viewport: { width: 1400, height: 900 }, bypassCSP });
  opened.page.on('close', () => problems.push(...opened.problems));
  await opened.page.getByRole('main').waitFor();
  return opened.page;
}

async function shoot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

const chartOf = (page: Page) => page.getByRole('group', { name: 'Impact and cost' });
const markNames = (page: Page) => chartOf(page).getByRole('button').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');

describe('a funder reads impact against cost', () => {
  it('opens the view from a link, moves between marks by keyboard and opens one to its details', async () => {
    const page = await open('view=impact');
    const chart = chartOf(page);
    await chart.waitFor();
    const names = await markNames(page);
    expect(names.map((n) => n.split(':')[0]).sort()).toEqual(['Drill camps', 'Drug treatment', 'Housing on release', 'Peer mentors', 'Scare tactics visits']);
    expect(await chart.getByRole('button', { name: /^Housing on release/ }).isVisible()).toBe(true);
    await shoot(page, 'impact-view');

    // One Tab stop into the picture, then the arrow keys: right and left step through the marks in reading order.
    await chart.getByRole('button').first().focus();
    const first = await focusedName(page);
    expect(first).toMatch(/^Housing on release/);
    await page.keyboard.press('ArrowRight');
    const second = await focusedName(page);
    expect(second).not.toBe(first);
    expect(names).toContain(second);
    await page.keyboard.press('ArrowLeft');
    expect(await focusedName(page)).toBe(first);
    expect(await chart.locator('[tabindex="0"]').count()).toBe(1);
    // Down goes to a mark lower on the page.
    const top = (await page.evaluate(() => document.activeElement!.getBoundingClientRect().y));
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement!.getBoundingClientRect().y)).toBeGreaterThan(top);
    expect(names).toContain(await focusedName(page));

    // Back to housing on release by keyboard alone, and open it.
    await page.keyboard.press('Home');
    expect(await focusedName(page)).toMatch(/^Housing on release: impact large; cost ££ £1,200 per participant/);
    await page.keyboard.press('Enter');
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByRole('heading', { name: 'Housing on release' }).waitFor();
    expect(await viewQuery(page)).toContain('select=housing-on-release');
    await shoot(page, 'impact-view-details');
    await page.close();
  });

  it('draws the harmful intervention below the no-effect line and no clear effect on it', async () => {
    const page = await open('view=impact');
    const chart = chartOf(page);
    await chart.waitFor();
    const line = await chart.locator('.impact-no-effect-line').boundingBox();
    const centre = async (name: RegExp) => {
      const box = await chart.getByRole('button', { name }).locator('.impact-shape').first().boundingBox();
      return box!.y + box!.height / 2;
    };
    const lineY = line!.y + line!.height / 2;
    expect(await centre(/^Scare tactics visits: impact harmful, more people reoffend/)).toBeGreaterThan(lineY + 10);
    expect(Math.abs((await centre(/^Drill camps: no clear effect/)) - lineY)).toBeLessThan(2);
    expect(await centre(/^Housing on release/)).toBeLessThan(lineY - 10);
    await page.close();
  });

  it('passes an accessibility scan, with a mark focused and details open', async () => {
    const page = await open('view=impact&select=scare-tactics', true);
    await chartOf(page).waitFor();
    await chartOf(page).getByRole('button', { name: /^Drill camps/ }).focus();
    expect(serious(await axeViolations(page))).toEqual([]);
    if (shots) {
      // In greyscale, harm still reads as harm: below the line, a triangle pointing down.
      await page.addStyleTag({ content: 'html { filter: grayscale(1); }' });
      await shoot(page, 'impact-view-greyscale');
    }
    await page.close();
  });

  it('has a table twin listing the same interventions with impact, cost, evidence and an estimated cost per person kept', async () => {
    const page = await open('view=impact');
    await chartOf(page).waitFor();
    const marks = (await markNames(page)).map((n) => n.split(':')[0]).sort();
    const table = page.getByRole('table', { name: /Impact and cost of the interventions shown/ });
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.querySelector('button')?.textContent?.trim() ?? ''));
    expect(rows.sort()).toEqual(marks);
    const housing = table.getByRole('row', { name: /Housing on release/ });
    expect(await housing.textContent()).toMatch(/Estimate: £9,231 \(£6,667 to £15,000\)/);
    const treatment = table.getByRole('row', { name: /Drug treatment/ });
    expect(await treatment.textContent()).toContain('Washington State, adults, 2015 dollars');
    expect(await table.getByRole('row', { name: /Scare tactics visits/ }).textContent()).toContain('pushes reoffending up');
    await page.close();
  });

  it('follows the filters: a link with evidence=strong shows only the strongly evidenced', async () => {
    const page = await open('view=impact&evidence=strong');
    await chartOf(page).waitFor();
    expect((await markNames(page)).map((n) => n.split(':')[0]).sort()).toEqual(['Drill camps', 'Scare tactics visits']);
    await page.close();
  });

  it('exports an SVG of the picture with its title, legend and attribution', async () => {
    const page = await open('view=impact');
    await chartOf(page).waitFor();
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export this view' });
    await dialog.getByLabel('Title on the image').fill('What a pound buys');
    const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download SVG' }).click()]);
    const svg = await readFile(await file.path(), 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        text: doc.documentElement.textContent ?? '',
        ids: doc.querySelectorAll('[data-id], [data-label-for]').length,
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.text).toContain('What a pound buys');
    expect(parsed.text).toContain('Legend');
    expect(parsed.text).toContain('Harmful, below the line: more reoffend');
    expect(parsed.text).toContain('Large impact: 20% or more fewer reoffend');
    expect(parsed.text).toContain('Evidence strong (mark size)');
    expect(parsed.text).toContain('Impact fixture: a small map with effects, costs and value for money, dataset version');
    expect(parsed.text).toContain('Housing on release');
    expect(parsed.ids).toBe(0);
    const [png] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download PNG' }).click()]);
    expect(png.suggestedFilename()).toBe('what-a-pound-buys.png');
    if (shots) await png.saveAs(join(shots, 'impact-export.png'));
    await page.close();
  });
});

const scoreOf = async (page: Page, label: string) => {
  const table = page.getByRole('table', { name: /^Interventions ranked by leverage/ });
  const headers = await table.getByRole('columnheader').allTextContents();
  const at = headers.findIndex((h) => h.replace(/[▲▼]/g, '').trim() === 'Score');
  return Number(await table.getByRole('row', { name: new RegExp(label) }).getByRole('cell').nth(at).textContent());
};
const rankingOrder = (page: Page) =>
  page
    .getByRole('table', { name: /^Interventions ranked by leverage/ })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.querySelector('button')?.textContent?.trim() ?? ''));

describe('a funder weighs leverage by impact as well as evidence', () => {
  it('changes the scores with the control, keeps the choice in the link through a reload, and ranks harm last, below zero', async () => {
    const page = await open('view=leverage');
    const control = page.getByRole('group', { name: 'Weigh by' });
    await control.waitFor();
    expect(await scoreOf(page, 'Drug treatment')).toBe(2.07);
    expect((await rankingOrder(page)).at(-1)).toBe('Scare tactics visits');
    expect(await scoreOf(page, 'Scare tactics visits')).toBeLessThan(0);
    expect(await page.getByRole('row', { name: /Scare tactics visits/ }).textContent()).toContain('pushes reoffending up');
    expect(await scoreOf(page, 'Drill camps')).toBe(0);

    await control.getByRole('button', { name: 'Evidence and impact' }).click();
    await expect.poll(() => viewQuery(page)).toContain('weigh=impact');
    expect(await scoreOf(page, 'Drug treatment')).toBe(1.04);
    expect(await page.getByText(/how big its effect on reoffending is/).isVisible()).toBe(true);
    await shoot(page, 'leverage-weigh-impact');

    await page.reload();
    await control.waitFor();
    expect(await control.getByRole('button', { name: 'Evidence and impact' }).getAttribute('aria-pressed')).toBe('true');
    expect(await scoreOf(page, 'Drug treatment')).toBe(1.04);
    expect(await scoreOf(page, 'Scare tactics visits')).toBeLessThan(0);
    await page.close();
  });
});

describe('on the bundled map, a funder reads cost against impact where effects are measured', () => {
  it('finds the costs cited in US dollars in a column of their own, by amount, never under "cost not known"', async () => {
    const opened = await openApp(browser(), { query: 'view=impact', viewport: { width: 1400, height: 900 } });
    opened.page.on('close', () => problems.push(...opened.problems));
    const { page } = opened;
    const chart = chartOf(page);
    await chart.waitFor();
    // Each mark's column, read from where it is drawn: the column whose edges hold its centre.
    const columnOf = await chart.evaluate((svg) => {
      const columns = [...svg.querySelectorAll('.impact-column')].map((g) => ({
        start: Number(g.querySelector('line')!.getAttribute('x1')),
        label: g.querySelector('.impact-column-label')!.textContent ?? '',
      }));
      return Object.fromEntries(
        [...svg.querySelectorAll('.impact-mark')].map((mark) => {
          const x = Number(/translate\(([\d.]+)/.exec(mark.getAttribute('transform') ?? '')![1]);
          const column = columns.filter((c) => c.start <= x).at(-1)!;
          return [(mark.getAttribute('aria-label') ?? '').split(':')[0]!, column.label];
        }),
      );
    });
    const dollarCosted = ['Education, training and qualifications', 'Scared Straight prison visits for young people (what not to fund)'];
    for (const label of dollarCosted) expect(columnOf[label], label).toBe('In USD');
    expect(Object.values(columnOf).filter((c) => c === 'In USD')).toHaveLength(8);
    expect(await chart.getByText('not in £, not converted').isVisible()).toBe(true);
    expect(await chart.getByText('Cost not known', { exact: true }).isVisible()).toBe(true);
    // The filter says the same: eight costs in dollars, counted apart from those not known.
    const cost = page.locator('details.multi-select', { hasText: 'Cost' }).first();
    await cost.locator('summary').click();
    expect(await page.getByRole('checkbox', { name: /^Cost not in £ \(e\.g\. US\$\), not converted/ }).isVisible()).toBe(true);
    expect(await cost.textContent()).toMatch(/Cost not in £ \(e\.g\. US\$\), not converted\D*8\b/);
    await cost.locator('summary').click();
    await shoot(page, 'impact-view-bundled');
    await page.close();
  });
});

describe('a funder asks the what-if how many people that is', () => {
  it('says, per 100 people reached, how many fewer reoffend, apart from the map’s ripple', async () => {
    const page = await open('fund=housing-on-release');
    await page.getByRole('tab', { name: 'What if' }).click();
    const panel = page.getByRole('tabpanel', { name: 'What if' });
    const sizes = panel.getByRole('region', { name: 'Sizes from the research' });
    await sizes.waitFor();
    expect(await sizes.textContent()).toContain('For every 100 people it reaches, about 13 fewer reoffend (range 8 to 18), on A review of housing on release’s figure.');
    expect(await panel.getByRole('heading', { name: 'Effects on the map' }).isVisible()).toBe(true);
    await sizes.scrollIntoViewIfNeeded();
    await shoot(page, 'what-if-sizes');
    await page.close();
  });
});

describe('nothing went wrong behind the scenes', () => {
  it('logged no console errors or failed requests', () => {
    expect(problems).toEqual([]);
  });
});
