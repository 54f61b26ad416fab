import { describe, expect, it } from 'vitest';
import type { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';
import { inside, mapBox, readLabels } from './support/mapReading';
import { datasetFile, openMap } from './support/openMap';

const browser = sharedBrowserForThisFile();
const problems: string[] = [];
const bundled = datasetFile('data/reoffending-map.json');
const open = (options: Parameters<typeof openApp>[1] = {}) => openMap(browser(), problems, options);

describe('the view follows what a person is looking at', () => {
  it('moves a selected node out from under the details panel when it opens', async () => {
    const page = await open();
    // The rightmost factor is the one a panel opening on the right would cover.
    const ids = bundled.factors.map((f) => f.id);
    const xs = await Promise.all(ids.map(async (id) => (await page.locator(`[data-id="${id}"]`).boundingBox())!.x));
    const rightmost = ids[xs.indexOf(Math.max(...xs))]!;
    await page.locator(`[data-id="${rightmost}"]`).click();
    const panel = page.getByRole('complementary', { name: 'Details' });
    await panel.waitFor();
    await expect
      .poll(async () => {
        const node = (await page.locator(`[data-id="${rightmost}"]`).boundingBox())!;
        const box = (await panel.boundingBox())!;
        const map = await mapBox(page);
        return node.x + node.width <= box.x && inside({ x0: node.x, y0: node.y, x1: node.x + node.width, y1: node.y + node.height }, map);
      })
      .toBe(true);
    await page.close();
  });

  it('fits a filtered view to what remains', async () => {
    const page = await open();
    const type = bundled.vocabularies.interventionTypes.find((t) => bundled.interventions.some((i) => i.type === t.id))!;
    const before = await page.locator('.map-node--intervention').count();
    await page.locator('details.multi-select', { hasText: 'Intervention type' }).locator('summary').click();
    await page.getByRole('checkbox', { name: new RegExp(`^${type.label}`) }).check();
    await expect.poll(() => page.locator('.map-node--intervention').count()).toBeLessThan(before);
    // The remaining nodes fill the view: nothing left of them sits outside it, and they spread wide.
    const map = await mapBox(page);
    await expect
      .poll(async () => {
        const all = await page.locator('[data-id]').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
        return all.every((b) => inside({ x0: b.left, y0: b.top, x1: b.right, y1: b.bottom }, map));
      })
      .toBe(true);
    const nodes = await page.locator('[data-id]').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    const spanX = (Math.max(...nodes.map((b) => b.right)) - Math.min(...nodes.map((b) => b.left))) / (map.x1 - map.x0);
    const spanY = (Math.max(...nodes.map((b) => b.bottom)) - Math.min(...nodes.map((b) => b.top))) / (map.y1 - map.y0);
    expect(Math.max(spanX, spanY)).toBeGreaterThan(0.6);
    await page.close();
  });

  it('keeps the stage headings readable at the top of the view when zoomed in', async () => {
    const page = await open();
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(300);
    const map = await mapBox(page);
    const headings = await page.locator('.map-stage-label').evaluateAll((els) =>
      els.map((el) => ({ text: el.textContent ?? '', box: el.getBoundingClientRect().toJSON() as DOMRect, size: parseFloat(getComputedStyle(el).fontSize) })),
    );
    const onScreen = headings.filter((h) => h.box.right > map.x0 && h.box.left < map.x1);
    expect(onScreen.length).toBeGreaterThan(0);
    for (const h of onScreen) {
      expect(h.box.top).toBeGreaterThanOrEqual(map.y0 - 1);
      expect(h.box.top).toBeLessThan(map.y0 + 40);
      expect(h.size).toBeGreaterThanOrEqual(12);
    }
    // Labels grew no smaller than 11 px and stay whole.
    for (const l of (await readLabels(page)).filter((x) => x.shown)) expect(l.fontPx).toBeGreaterThanOrEqual(11);
    await page.close();
  });
});

describe('the page is clean', () => {
  it('logged no console errors or uncaught exceptions in any of the above', () => {
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
