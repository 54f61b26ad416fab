import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';
import { drawnIds, viewQuery } from './support/mapQueries';
import { impactMap } from '../fixtures/loadImpactFixture';
import { comparePictures } from './support/comparePictures';

const browser = sharedBrowserForThisFile();
const problems: string[] = [];
const FIXTURE = impactMap();
const INTERVENTIONS = FIXTURE.interventions.map((i) => i.id);

async function open(query = '', options: { bypassCSP?: boolean } = {}): Promise<Page> {
  const opened = await openApp(browser(), { fixture: 'impact-map.json', query, ...options });
  opened.page.on('close', () => problems.push(...opened.problems));
  if (query.includes('view=table')) await opened.page.getByRole('table', { name: /^Interventions/ }).waitFor();
  else await opened.page.getByRole('group', { name: /Causal map/ }).waitFor();
  return opened.page;
}

const interventionsDrawn = async (page: Page) => (await drawnIds(page)).filter((id) => INTERVENTIONS.includes(id));
const summary = (page: Page) => page.getByRole('status').filter({ hasText: 'Showing' }).textContent();

/** The share of pixels whose grey level differs by more than a quarter of the range between two same-sized screenshots. */
async function greyDifference(page: Page, a: Buffer, b: Buffer): Promise<number> {
  const difference = await comparePictures(page, a, b);
  if (!difference) throw new Error('the two screenshots differ in size');
  return difference.greyDiffering / difference.total;
}

/** A square screenshot of a node's shape (its diamond), without the pips or word above it. */
async function shapeShot(page: Page, id: string): Promise<Buffer> {
  const box = await page.locator(`[data-id="${id}"] .map-node-shape`).boundingBox();
  if (!box) throw new Error(`${id} has no shape on screen`);
  return page.screenshot({ clip: box });
}

describe('a funder weighs impact and cost beside the evidence', () => {
  it('opens ?impact=moderate,large from a link and sees only those interventions, counted; clearing takes it out of the link', async () => {
    const page = await open('impact=moderate,large');
    expect(await interventionsDrawn(page)).toEqual(['housing-on-release']);
    expect(await summary(page)).toContain('Showing 1 of 5 interventions');
    expect(await page.locator('details.multi-select', { hasText: 'Impact' }).locator('summary').textContent()).toContain('2 chosen');
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect.poll(() => viewQuery(page)).toBe('');
    expect(await interventionsDrawn(page)).toHaveLength(5);
    await page.close();
  });

  it('opens ?cost= from a link: the cheapest band and those with no cited cost, counted and described', async () => {
    const page = await open('cost=very-low,not-known');
    expect(await interventionsDrawn(page)).toEqual(['drill-camps', 'peer-mentors', 'scare-tactics']);
    expect(await summary(page)).toContain('Showing 3 of 5 interventions');
    // The cost options count what each would show, in words and pound signs.
    const cost = page.locator('details.multi-select', { hasText: 'Cost' }).first();
    await cost.locator('summary').click();
    expect(await page.getByRole('checkbox', { name: /^££ Low cost/ }).isChecked()).toBe(false);
    await page.getByRole('checkbox', { name: /^££ Low cost/ }).click();
    await expect.poll(() => viewQuery(page)).toBe('cost=very-low,not-known,low');
    expect(await interventionsDrawn(page)).toEqual(['drill-camps', 'housing-on-release', 'peer-mentors', 'scare-tactics']);
    await page.close();
  });

  it('sorts the interventions table by impact: largest first, harm and no effect at the foot, not known last', async () => {
    const page = await open('view=table');
    const table = page.getByRole('table', { name: /^Interventions/ });
    const firstCells = () => table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelector('td')?.textContent ?? ''));
    const impactHeader = table.getByRole('button', { name: /^Impact/ });
    await impactHeader.click();
    await impactHeader.click();
    expect(await table.getByRole('columnheader', { name: /^Impact/ }).getAttribute('aria-sort')).toBe('descending');
    expect(await firstCells()).toEqual(['Housing on release', 'Drug treatment', 'Drill camps', 'Scare tactics visits', 'Peer mentors']);
    const row = table.locator('tbody tr', { hasText: 'Scare tactics visits' });
    expect(await row.textContent()).toContain('Harmful');
    expect(await row.textContent()).toContain('Increases reoffending');
    expect(await table.locator('tbody tr', { hasText: 'Housing on release' }).textContent()).toContain('£1,200 per participant');
    await page.close();
  });

  it('names a harmful intervention as harmful on the map and keys it in the legend; its target arrow reads as intended, not a benefit', async () => {
    const page = await open();
    const harmful = page.getByRole('button', { name: /^Intervention: Scare tactics visits, evidence: strong; impact: harmful, more people reoffend\./ });
    expect(await harmful.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /^Intervention: Drill camps, evidence: strong; impact: no effect, no clear change in reoffending\./ }).isVisible()).toBe(true);
    // A strong harm never wears the filled pips of a recommendation: a word stands in their place.
    expect(await page.locator('[data-id="scare-tactics"] .map-pip.is-filled').count()).toBe(0);
    expect(await page.locator('[data-id="scare-tactics"] .map-caution-tag').textContent()).toBe('harmful');
    expect(await page.locator('[data-id="housing-on-release"] .map-pip.is-filled').count()).toBe(3);

    // A person points at the mark itself (the harmful tag to its upper left widens the node's box, so its centre is off the mark).
    await page.locator('[data-id="scare-tactics"] .map-node-shape').hover();
    await expect.poll(() => page.locator('.map-edge--action').count()).toBe(1);
    expect(await page.locator('.map-edge--action.map-edge--intended').count()).toBe(1);
    const stroke = await page.locator('.map-edge--intended').evaluate((el) => getComputedStyle(el).stroke);
    expect(stroke).toBe('rgb(112, 112, 112)');
    // Its research found harm, so the arrow's title says more people reoffend, not merely "no fewer" (issue 22's audit).
    expect(await page.locator('.map-edge-hit title').textContent()).toBe('Scare tactics visits: intended to lower Fear of recall (its research found more people reoffend: harmful)');
    await page.locator('[data-id="housing-on-release"]').hover();
    await expect.poll(() => page.locator('.map-edge--action:not(.map-edge--intended)').count()).toBe(1);

    await page.getByRole('tab', { name: 'Legend' }).click();
    const impactKey = page.getByRole('region', { name: 'Impact on reoffending' });
    // The key's code loads once the legend asks for it (a reader who never opens it never downloads it).
    await expect.poll(() => impactKey.isVisible()).toBe(true);
    expect(await impactKey.textContent()).toContain('Crossed out, “harmful”: the research finds more people reoffend.');
    expect(await impactKey.textContent()).toContain('HarmfulMore people reoffend');
    expect(await page.getByRole('region', { name: 'At stake' }).textContent()).toContain('Cost of reoffending in one year: £18.1 billion');
    await page.close();
  });

  it('in greyscale a harmful intervention still looks unlike a recommended one: crossed out, a word for the pips', async () => {
    const page = await open('', { bypassCSP: true });
    await page.addStyleTag({ content: 'html { filter: grayscale(1); }' });
    // What tells them apart is shape and words: two crossing lines and "harmful" on one, pips on the other.
    expect(await page.locator('[data-id="scare-tactics"] line.map-caution-line').count()).toBe(2);
    expect(await page.locator('[data-id="drill-camps"] line.map-caution-line').count()).toBe(1);
    expect(await page.locator('[data-id="housing-on-release"] line.map-caution-line').count()).toBe(0);
    expect(await page.locator('[data-id="scare-tactics"] .map-caution-tag').isVisible()).toBe(true);
    // And the cross is seen, not merely in the page: in greyscale it changes a good part of the diamond.
    const crossed = await shapeShot(page, 'scare-tactics');
    if (process.env.IMPACT_SHOTS) await page.screenshot({ path: `${process.env.IMPACT_SHOTS}/greyscale-map.png` });
    await page.addStyleTag({ content: '.map-caution-line, .map-caution-halo { display: none; }' });
    const uncrossed = await shapeShot(page, 'scare-tactics');
    expect(await greyDifference(page, crossed, uncrossed)).toBeGreaterThan(0.08);
    await page.close();
  });

  it('exports a filtered view that says so, with harm keyed in its legend and evidence pips sampled only from what wears them', async () => {
    const page = await open('impact=harmful,moderate,large');
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('dialog', { name: 'Export this view' }).waitFor();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
    const svg = (await readFile(await file.path())).toString('utf8');
    const text = await page.evaluate((source) => new DOMParser().parseFromString(source, 'image/svg+xml').documentElement.textContent ?? '', svg);
    expect(text).toContain('Filtered view: impact harmful, moderate, large.');
    expect(text).toContain('Impact: harmful, more people reoffend (crossed out)');
    // Scare tactics visits (strong evidence, harmful) wears no pips, so it never stands for "Evidence: strong".
    expect(text).not.toContain('Evidence: strong');
    expect(text).toContain('Evidence: moderate');
    await page.close();
  });

  it('on the bundled map, funding Scared Straight makes reoffending rise, alone and with accommodation support', async () => {
    const outcomeLine = (page: Page) => page.getByRole('tabpanel', { name: 'What if' }).locator('.what-if-outcome').textContent();
    for (const fund of ['scared-straight', 'accommodation-support,scared-straight']) {
      const opened = await openApp(browser(), { query: `fund=${fund}` });
      opened.page.on('close', () => problems.push(...opened.problems));
      const { page } = opened;
      await page.getByRole('group', { name: /Causal map/ }).waitFor();
      await page.getByRole('tab', { name: 'What if' }).click();
      const panel = page.getByRole('tabpanel', { name: 'What if' });
      await panel.locator('.what-if-outcome').waitFor();
      // The total rises, and Scared Straight's own part, right above "pushes reoffending up", rises too.
      expect(await outcomeLine(page)).toMatch(/^Reoffending: rises \(\+\d\.\d\d\)$/);
      const parts = panel.locator('.what-if-parts > li');
      const part = parts.filter({ hasText: /^Scared Straight/ });
      expect(await part.textContent()).toMatch(/^Scared Straight[^:]*: rises \(\+\d\.\d\d\).*pushes reoffending up: evidence of harm/);
      if (fund.includes('accommodation')) {
        expect(await parts.filter({ hasText: /^Accommodation/ }).textContent()).toMatch(/: falls \(−\d\.\d\d\)/);
        if (process.env.IMPACT_SHOTS) await page.screenshot({ path: `${process.env.IMPACT_SHOTS}/what-if-scared-straight.png` });
      }
      await page.close();
    }

    const opened = await openApp(browser(), { query: 'view=compare&compare=scared-straight,accommodation-support' });
    opened.page.on('close', () => problems.push(...opened.problems));
    const table = opened.page.getByRole('table', { name: '2 interventions side by side' });
    await table.waitFor();
    const whatIf = table.getByRole('row').filter({ has: opened.page.getByRole('rowheader', { name: /What-if on Reoffending/ }) }).getByRole('cell');
    expect(await whatIf.nth(0).textContent()).toMatch(/^rises \(\+\d\.\d\d\)/);
    expect(await whatIf.nth(1).textContent()).toMatch(/^falls \(−\d\.\d\d\)/);
    const details = table.getByRole('row').filter({ has: opened.page.getByRole('rowheader', { name: /Factors it acts on/ }) }).getByRole('cell');
    expect(await details.nth(0).textContent()).toContain('Intended to lower');
    await opened.page.close();
  });

  it('caused no console errors or failed requests', () => {
    expect(problems).toEqual([]);
  });
});
