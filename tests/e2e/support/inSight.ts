import type { Locator, Page } from 'playwright-core';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The part of the map a person can see: the map's box, inside the window, left of the editor
 * when the editor stands over it. What lies outside it is not in sight, whatever the page holds.
 */
export async function mapInSight(page: Page): Promise<Rect> {
  return page.evaluate(() => {
    const map = document.querySelector('svg.map-canvas')!.getBoundingClientRect();
    const editor = document.querySelector('.editor-panel')?.getBoundingClientRect();
    const right = Math.min(map.right, window.innerWidth, editor && editor.left > map.left ? editor.left : Infinity);
    const bottom = Math.min(map.bottom, window.innerHeight);
    const x = Math.max(map.left, 0);
    const y = Math.max(map.top, 0);
    return { x, y, width: right - x, height: bottom - y };
  });
}

/** Whether a box lies wholly inside another (to half a pixel). */
export const within = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;

/** Whether two boxes share any area. */
export const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Each drawn node's box on screen, by id. */
export async function nodeBoxes(page: Page): Promise<{ id: string; box: Rect }[]> {
  return page.locator('[data-id]').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.getAttribute('data-id') ?? '', box: { x: r.x, y: r.y, width: r.width, height: r.height } };
    }),
  );
}

/** The ids of drawn nodes whose box is not wholly in sight. */
export async function nodesOutOfSight(page: Page): Promise<string[]> {
  const sight = await mapInSight(page);
  return (await nodeBoxes(page)).filter((n) => !within(n.box, sight)).map((n) => n.id);
}

/** A locator's box, or a zero box far away when it is not drawn (so "in sight" fails plainly). */
export async function boxOf(locator: Locator): Promise<Rect> {
  return (await locator.boundingBox()) ?? { x: -1e6, y: -1e6, width: 0, height: 0 };
}
