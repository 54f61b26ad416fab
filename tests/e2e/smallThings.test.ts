import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';
import { axeViolations } from './support/axe';
import { datasetFile } from './support/openMap';
import { mapReady } from './support/a11yScenarios';

const browser = sharedBrowserForThisFile();

const published = datasetFile('data/reoffending-map.json');

type Rect = { x: number; y: number; width: number; height: number };
const overlap = (a: Rect, b: Rect) => Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** Whether a person sees this element at its centre: nothing else is drawn over it there. */
const onTop = (target: Locator) =>
  target.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return hit !== null && (el === hit || el.contains(hit));
  });

describe('small things a person trips on', () => {
  it('shows the pressed “Weighted by evidence” toggle in readable contrast (axe, in its pressed state)', async () => {
    const { page } = await openApp(browser(), { bypassCSP: true });
    await page.getByRole('tab', { name: 'What if' }).click();
    const toggle = page.getByRole('group', { name: 'What-if pushes' });
    await toggle.waitFor();
    expect(await toggle.getByRole('button', { name: 'Weighted by evidence' }).getAttribute('aria-pressed')).toBe('true');
    expect((await axeViolations(page, '.what-if-weighting')).map((v) => v.text)).toEqual([]);
    // White on white is a 1:1 ratio, which axe leaves for a person to review rather than failing it.
    expect((await axeViolations(page, '.what-if-weighting', { needsReview: true })).map((v) => v.text)).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('keeps Compare’s intervention names in view while a person scrolls down their long columns', async () => {
    const chosen = published.interventions.slice(0, 4);
    const { page } = await openApp(browser(), { query: `view=compare&compare=${chosen.map((i) => i.id).join(',')}` });
    const headings = page.getByRole('columnheader');
    await headings.first().waitFor();
    const view = page.locator('.compare-view');
    await view.evaluate((el) => el.scrollBy(0, 1500));
    await expect.poll(() => view.evaluate((el) => el.scrollTop)).toBeGreaterThan(1000);
    const area = (await view.boundingBox())!;
    expect(await headings.count()).toBe(chosen.length);
    for (const [i, intervention] of chosen.entries()) {
      const heading = headings.nth(i);
      expect(await heading.textContent()).toContain(intervention.label);
      const box = (await heading.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(area.y - 1);
      expect(box.y + box.height).toBeLessThan(area.y + area.height / 3);
      expect(await onTop(heading.getByRole('button'))).toBe(true);
    }
    await page.context().close();
  }, 60_000);

  it('keeps each Compare entry’s intervention name in view on a phone, where entries stack by attribute (390×844)', async () => {
    const chosen = published.interventions.slice(0, 4);
    const { page } = await openApp(browser(), { viewport: { width: 390, height: 844 }, query: `view=compare&compare=${chosen.map((i) => i.id).join(',')}` });
    await page.getByRole('table').waitFor();
    const view = page.locator('.compare-view');
    const labels = new Set(chosen.map((i) => i.label));
    // Halfway down the longest entry, and at 1500 px.
    const longest = await view.evaluate((el) => {
      const tds = [...el.querySelectorAll('td')].map((td) => td.getBoundingClientRect());
      const tallest = tds.reduce((a, b) => (b.height > a.height ? b : a));
      return Math.round(tallest.top - el.getBoundingClientRect().top + el.scrollTop + tallest.height / 2);
    });
    for (const scroll of [1500, longest]) {
      await view.evaluate((el, y) => el.scrollTo(0, y), scroll);
      await expect.poll(() => view.evaluate((el) => el.scrollTop)).toBeGreaterThan(scroll - 100);
      // The entries running across the top of the view: each has its intervention's name drawn there, whole and on top.
      const seen = await view.evaluate((el) => {
        const top = el.getBoundingClientRect().top;
        return [...el.querySelectorAll('td')]
          .filter((td) => {
            const box = td.getBoundingClientRect();
            return box.top < top + 5 && box.bottom > top + 60;
          })
          .map((td) => {
            const name = td.querySelector('.compare-entry-name');
            const box = name?.getBoundingClientRect();
            const drawn = name ? getComputedStyle(name, '::before').content.replace(/^"|"$/g, '') : '';
            const hit = box ? document.elementFromPoint(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2) : null;
            return { drawn, name: name?.getAttribute('data-intervention') ?? '', top: box ? box.top - top : -1, height: box?.height ?? 0, onTop: hit === name };
          });
      });
      expect(seen.length, `an entry across the top after scrolling ${scroll}px`).toBeGreaterThan(0);
      for (const entry of seen) {
        expect(labels.has(entry.name)).toBe(true);
        expect(entry.drawn).toBe(entry.name);
        expect(entry.height).toBeGreaterThan(8);
        expect(entry.top).toBeGreaterThanOrEqual(-1);
        expect(entry.top).toBeLessThan(5);
        expect(entry.onTop).toBe(true);
      }
    }
    await page.context().close();
  }, 60_000);

  it.each([
    ['a desktop', { width: 1280, height: 800 }],
    ['a phone', { width: 390, height: 844 }],
  ])('in a story’s second step on %s, the story card leaves the details panel in view', async (_name, viewport) => {
    const { page } = await openApp(browser(), { viewport, query: 'story=data/stories/released-with-nowhere-to-sleep.json' });
    const card = page.getByRole('region', { name: /^Story: / });
    await card.waitFor();
    await card.getByRole('button', { name: 'Next →' }).click();
    await card.getByText(/^Step 2 of \d+$/).waitFor();
    const details = page.getByRole('complementary', { name: 'Details' });
    const heading = details.getByRole('heading', { level: 2 });
    await heading.waitFor();
    await page.waitForTimeout(300);
    expect(overlap((await card.boundingBox())!, (await details.boundingBox())!)).toBe(0);
    expect(await onTop(heading)).toBe(true);
    // The card's own words and buttons are seen too, and the map keeps a place of its own.
    expect(await onTop(card.getByRole('heading', { level: 2 }))).toBe(true);
    expect(await onTop(card.getByRole('button', { name: 'Next →' }))).toBe(true);
    expect((await page.locator('.map-view').boundingBox())!.height).toBeGreaterThanOrEqual(240);
    await page.context().close();
  }, 60_000);

  it('shows “(what not to fund)” whole in the intervention strip, without pointing at it', async () => {
    const { page } = await openApp(browser());
    await mapReady(page);
    const warned = published.interventions.filter((i) => i.label.endsWith('(what not to fund)'));
    expect(warned.length).toBeGreaterThan(0);
    const map = (await page.locator('.map-view').boundingBox())!;
    for (const intervention of warned) {
      const label = page.locator(`text[data-label-for="${intervention.id}"]`);
      expect(await label.isVisible(), intervention.id).toBe(true);
      const lines = await label.locator('tspan').allTextContents();
      expect(lines.join(' ').replace(/\s+/g, ' '), intervention.id).toContain('(what not to fund)');
      const box = (await label.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
      expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
    }
    await page.context().close();
  }, 60_000);

  it('finds an intervention by the words of a finding it cites (“value for money”)', async () => {
    const phrase = 'value for money';
    const citing = published.interventions.filter((i) => i.evidence.citations.some((c) => c.finding?.toLowerCase().includes(phrase)));
    expect(citing.length).toBeGreaterThan(0);
    const { page } = await openApp(browser());
    await mapReady(page);
    await page.getByRole('combobox', { name: /Search factors/ }).fill(phrase);
    const suggestions = page.getByRole('listbox', { name: 'Suggestions' });
    for (const intervention of citing) {
      const option = suggestions.getByRole('option', { name: new RegExp(`^${intervention.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
      await option.waitFor();
      expect(await option.textContent()).toMatch(/finding: /);
    }
    await page.context().close();
  }, 60_000);

  it('shows every view’s button whole and on top on a phone (390×844), and the last one opens its view', async () => {
    const { page } = await openApp(browser(), { viewport: { width: 390, height: 844 } });
    await mapReady(page);
    const views = page.getByRole('group', { name: 'View', exact: true });
    const buttons = views.getByRole('button');
    const count = await buttons.count();
    expect(count).toBeGreaterThanOrEqual(7);
    for (let i = 0; i < count; i++) {
      const button = buttons.nth(i);
      const box = (await button.boundingBox())!;
      // Whole inside the screen, not cut at its right edge, and nothing drawn over it.
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(await onTop(button)).toBe(true);
    }
    // The page itself does not scroll sideways to reach them.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const last = buttons.nth(count - 1);
    await last.click();
    await expect.poll(() => last.getAttribute('aria-pressed')).toBe('true');
    expect(page.url()).toMatch(/view=/);
    await page.context().close();
  }, 60_000);
});
