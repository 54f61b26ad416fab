import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';
import { smallMap } from '../fixtures/loadFixture';

const browser = sharedBrowserForThisFile();
const allProblems: string[] = [];

async function openFixtureMap(options: Parameters<typeof openApp>[1] = {}): Promise<Page> {
  const { page, problems } = await openApp(browser(), { fixture: 'small-map.json', ...options });
  page.on('close', () => allProblems.push(...problems));
  await page.getByRole('group', { name: /Causal map/ }).waitFor();
  return page;
}

const node = (page: Page, id: string) => page.locator(`[data-id="${id}"]`);
const opacityOf = (page: Page, id: string) =>
  node(page, id).evaluate((el) => Number(getComputedStyle(el).opacity));
const sizeOf = async (page: Page, id: string) => (await node(page, id).boundingBox())!.width;

describe('a funder opens the map', () => {
  it('draws every factor and intervention of the dataset it was given', async () => {
    const page = await openFixtureMap();
    const dataset = smallMap();
    const expected = [...dataset.factors, ...dataset.interventions].map((item) => item.id).sort();
    const drawn = await page.locator('[data-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
    expect(drawn.sort()).toEqual(expected);
    await expect.poll(() => page.title()).toBe('Reoffending systems map');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Fixture map for tests');
    await page.close();
  });

  it('keeps a hovered node and its neighbours bright and fades the rest', async () => {
    const page = await openFixtureMap();
    await page.getByRole('button', { name: /^Factor: Recall to prison/ }).hover();
    await expect.poll(() => opacityOf(page, 'trusted-worker')).toBeLessThan(0.5);
    expect(await opacityOf(page, 'recall')).toBe(1);
    expect(await opacityOf(page, 'missed-appointments')).toBe(1);
    expect(await opacityOf(page, 'homeless-on-release')).toBe(1);
    await page.mouse.move(2, 400);
    await expect.poll(() => opacityOf(page, 'trusted-worker')).toBe(1);
    await page.close();
  });

  it('opens the detail panel on click, and moves along a link from it', async () => {
    const page = await openFixtureMap();
    await page.getByRole('button', { name: /^Factor: Fear of recall/ }).click();
    const panel = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Fear of recall');
    expect(await panel.textContent()).toContain('More “Fear of recall” means more “Problems kept from probation”.');
    expect(await node(page, 'fear-of-recall').getAttribute('aria-current')).toBe('true');

    await panel.getByRole('button', { name: 'Problems kept from probation' }).click();
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Problems kept from probation');
    expect(await node(page, 'hidden-problems').getAttribute('aria-current')).toBe('true');
    await page.close();
  });

  it('shows an intervention’s evidence in plain words', async () => {
    const page = await openFixtureMap();
    await page.getByRole('button', { name: /^Intervention: Peer mentors/ }).click();
    const panel = page.getByRole('complementary', { name: 'Details' });
    await panel.getByRole('heading', { name: 'Evidence: Testimony' }).waitFor();
    expect(await panel.textContent()).toContain('not a measure of effect');
    await page.close();
  });

  it('works from the keyboard: Tab reaches the map as one stop, Enter opens a node, Escape closes and returns focus', async () => {
    const page = await openFixtureMap();
    let focusedId: string | null = null;
    for (let i = 0; i < 20 && !focusedId; i++) {
      await page.keyboard.press('Tab');
      focusedId = await page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? null);
    }
    expect(focusedId).toBe(smallMap().meta.outcome);
    // One stop: the next Tab leaves the map.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? null)).toBeNull();
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(focusedId);
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Details' });
    await panel.waitFor();
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(focusedId);
    await page.close();
  });

  it('zooms in and out with the buttons, and fits the map back', async () => {
    const page = await openFixtureMap();
    const before = await sizeOf(page, 'reoffending');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => sizeOf(page, 'reoffending')).toBeGreaterThan(before * 1.2);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(() => sizeOf(page, 'reoffending')).toBeLessThan(before * 0.9);
    await page.getByRole('button', { name: 'Fit map to screen' }).click();
    await expect.poll(async () => Math.abs((await sizeOf(page, 'reoffending')) - before)).toBeLessThan(1);
    await page.close();
  });

  it('lets a person drag a node to pin it where they drop it', async () => {
    const page = await openFixtureMap();
    const box = (await node(page, 'trusted-worker').boundingBox())!;
    const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 40, start.y + 60, { steps: 8 });
    await page.mouse.move(start.x + 80, start.y + 120, { steps: 8 });
    await page.mouse.up();
    await page.waitForTimeout(800);
    const after = (await node(page, 'trusted-worker').boundingBox())!;
    expect(Math.abs(after.x + after.width / 2 - (start.x + 80))).toBeLessThan(4);
    expect(Math.abs(after.y + after.height / 2 - (start.y + 120))).toBeLessThan(4);
    // A drag is not a click: no panel opened.
    expect(await page.getByRole('complementary', { name: 'Details' }).count()).toBe(0);
    await page.close();
  });

  it('leaves every node where it was when a node is only clicked (the same link, the same picture)', async () => {
    const page = await openFixtureMap();
    // Relative to one node, so that panning the view (the panel opening and closing) does not count.
    const positions = () =>
      page.locator('[data-id]').evaluateAll((els) => {
        const anchor = document.querySelector('[data-id="reoffending"]')!.getBoundingClientRect();
        return els.map((el) => {
          const r = el.getBoundingClientRect();
          return `${el.getAttribute('data-id')} ${(r.x - anchor.x).toFixed(2)},${(r.y - anchor.y).toFixed(2)}`;
        });
      });
    const before = await positions();
    await page.getByRole('button', { name: /^Factor: Fear of recall/ }).click({ delay: 120 });
    await page.getByRole('complementary', { name: 'Details' }).waitFor();
    await page.getByRole('button', { name: 'Close details' }).click();
    await page.waitForTimeout(600);
    expect(await positions()).toEqual(before);
    await page.close();
  });

  it('shows labels that do not pile on each other', async () => {
    const page = await openFixtureMap();
    const boxes = await page.locator('.map-label:not(.is-hidden)').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
      }),
    );
    expect(boxes.length).toBeGreaterThan(3);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap = Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
        expect(overlap).toBeLessThan(4);
      }
    }
    await page.close();
  });

  it('on a phone, the legend and analysis fold away and details rise as a sheet inside the screen', async () => {
    const page = await openFixtureMap({ viewport: { width: 390, height: 844 } });
    expect(await page.getByRole('tablist', { name: 'Legend and analysis' }).isVisible()).toBe(false);
    await page.getByRole('button', { name: /^Factor: Recall to prison/ }).click();
    const panel = page.getByRole('complementary', { name: 'Details' });
    await panel.waitFor();
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    await page.close();
  });
});

describe('a dataset that cannot be opened says why, on the page', () => {
  it('lists every located problem of an invalid dataset', async () => {
    const { page, problems } = await openApp(browser(), { fixture: 'invalid-map.json' });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('3 problems found');
    expect(text).toContain('links[0] "homeless-on-release → missed-appointments", field "polarity": found "plus"');
    expect(text).toContain('links[5] "unmet-needs → nowhere", field "to": found "nowhere"');
    expect(text).toContain('factors[2] "recall", field "citations[0].source": found "unknown-report"');
    expect(await page.locator('[data-id]').count()).toBe(0);
    allProblems.push(...problems);
    await page.close();
  });

  it('gives the line and column of a file that is not JSON', async () => {
    const { page, problems } = await openApp(browser(), { fixture: 'not-json.json' });
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('not valid JSON at line 4, column 1');
    allProblems.push(...problems);
    await page.close();
  });

  it('refuses a data address that is not http or https', async () => {
    const { page, problems } = await openApp(browser(), { query: 'data=javascript:alert(1)' });
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('uses "javascript:", which this map does not open');
    allProblems.push(...problems);
    await page.close();
  });

  it('reports a dataset address that does not exist', async () => {
    const { page } = await openApp(browser(), { fixture: 'no-such-file.json' });
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/no-such-file\.json answered 404/);
    await page.close();
  });
});

describe('the page is clean', () => {
  it('logged no console errors or uncaught exceptions in any of the above', () => {
    expect(allProblems, allProblems.join('\n')).toEqual([]);
  });
});
