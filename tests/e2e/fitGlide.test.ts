import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';

const browser = sharedBrowserForThisFile();

/** Every node's box on screen, by id. */
const nodeBoxes = (page: Page) =>
  page.locator('[data-id]').evaluateAll((nodes) => Object.fromEntries(nodes.map((n) => [n.getAttribute('data-id'), n.getBoundingClientRect().toJSON() as DOMRect])));

/** The map's box and its stage headings' boxes on screen. */
const headingsOverMap = (page: Page) =>
  page.evaluate(() => ({
    map: document.querySelector('.map-view')!.getBoundingClientRect().toJSON() as DOMRect,
    headings: [...document.querySelectorAll('.map-headings text')].map((h) => h.getBoundingClientRect().toJSON() as DOMRect).filter((h) => h.width > 0),
  }));

describe("a filter's fit glides the map into place", () => {
  it('ends with every node exactly where a reader who asked for no motion sees it at once', async () => {
    const moving = await openApp(browser(), { reducedMotion: false });
    const still = await openApp(browser(), { reducedMotion: true });
    await still.page.locator('[data-id]').first().waitFor();
    const before = await nodeBoxes(still.page);
    for (const { page } of [moving, still]) {
      await page.locator('[data-id]').first().waitFor();
      const evidence = page.getByRole('combobox', { name: 'Evidence' });
      await evidence.selectOption('limited');
      // Changed again while the first fit is still moving: the second starts from what is shown.
      await page.waitForTimeout(100);
      await evidence.selectOption('moderate');
    }
    await moving.page.waitForTimeout(900);
    const ended = await nodeBoxes(moving.page);
    const atOnce = await nodeBoxes(still.page);
    const gap = (a: Record<string, DOMRect>, b: Record<string, DOMRect>) =>
      Math.max(...Object.keys(b).filter((id) => a[id]).map((id) => Math.max(Math.abs(a[id]!.x - b[id]!.x), Math.abs(a[id]!.y - b[id]!.y), Math.abs(a[id]!.width - b[id]!.width))));
    // The filters move the view (else this would show nothing)…
    expect(gap(before, atOnce)).toBeGreaterThan(10);
    // …and the glide ends exactly there.
    expect(Object.keys(ended).sort()).toEqual(Object.keys(atOnce).sort());
    expect(gap(ended, atOnce)).toBeLessThan(0.5);
    expect([...moving.problems, ...still.problems]).toEqual([]);
    await moving.page.context().close();
    await still.page.context().close();
  });

  it('keeps the stage headings pinned at the top of the map while it moves, and the map at the size it is drawn at when it ends', async () => {
    const { page, problems } = await openApp(browser(), { reducedMotion: false });
    await page.locator('[data-id]').first().waitFor();
    await page.waitForTimeout(300);
    const map = (await page.locator('.map-view').boundingBox())!;
    // A name shown on the whole map, and its height on screen there.
    const shownName = async () =>
      page.locator('text[data-label-for]').evaluateAll((texts) => {
        const text = texts.find((t) => t.getBoundingClientRect().height > 0)!;
        return { id: text.getAttribute('data-label-for')!, height: text.getBoundingClientRect().height };
      });
    const whole = await shownName();
    // A closer look, then Fit: the map glides out to show it whole.
    await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    for (let i = 0; i < 4; i++) {
      await page.mouse.wheel(0, -240);
      await page.waitForTimeout(80);
    }
    await page.waitForTimeout(600);
    await page.getByRole('button', { name: 'Fit map to screen' }).click();
    for (let i = 0; i < 6; i++) {
      const { map: box, headings } = await headingsOverMap(page);
      expect(headings.length).toBeGreaterThan(0);
      for (const heading of headings) expect(heading.top - box.top).toBeLessThan(60);
      await page.waitForTimeout(50);
    }
    await page.waitForTimeout(600);
    // Once it ends, the map is drawn again at its zoom, not left as a scaled picture: a name is as large on screen as it was on the whole map before.
    const height = await page.locator(`text[data-label-for="${whole.id}"]`).evaluate((text) => text.getBoundingClientRect().height);
    expect(Math.abs(height - whole.height)).toBeLessThan(0.5);
    expect(await page.evaluate(() => document.querySelector('.map-canvas')!.getAnimations().length)).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
