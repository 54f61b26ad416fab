import type { Page } from 'playwright-core';

export interface ScreenBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelReading {
  id: string;
  /** The label's lines joined by spaces. */
  text: string;
  shown: boolean;
  fontPx: number;
  box: ScreenBox;
}

/** Every node label as a person sees it: its text, whether it is shown, its size and its box on screen. */
export async function readLabels(page: Page): Promise<LabelReading[]> {
  return page.locator('text[data-label-for]').evaluateAll((els) =>
    els.map((el) => {
      const style = getComputedStyle(el);
      const matrix = (el as SVGTextElement).getScreenCTM();
      const r = el.getBoundingClientRect();
      const lines = [...el.querySelectorAll('tspan')].map((t) => t.textContent ?? '');
      return {
        id: el.getAttribute('data-label-for') ?? '',
        text: (lines.length > 0 ? lines : [el.textContent ?? '']).join(' '),
        shown: style.display !== 'none' && Number(style.opacity) > 0.5 && r.width > 0,
        fontPx: parseFloat(style.fontSize) * (matrix ? Math.hypot(matrix.a, matrix.b) : 1),
        box: { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom },
      };
    }),
  );
}

/** The screen box of each node's shape (not its label). */
export async function readNodeBoxes(page: Page): Promise<{ id: string; box: ScreenBox }[]> {
  return page.locator('[data-id]').evaluateAll((els) =>
    els.map((el) => {
      const r = (el.querySelector('.map-node-shape') ?? el).getBoundingClientRect();
      return { id: el.getAttribute('data-id') ?? '', box: { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom } };
    }),
  );
}

export async function mapBox(page: Page): Promise<ScreenBox> {
  const r = (await page.locator('svg.map-canvas').boundingBox())!;
  return { x0: r.x, y0: r.y, x1: r.x + r.width, y1: r.y + r.height };
}

/** Overlap area of two boxes, in square pixels (a hair's touch is not an overlap). */
export function overlapArea(a: ScreenBox, b: ScreenBox): number {
  return Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
}

export function inside(a: ScreenBox, outer: ScreenBox): boolean {
  return a.x0 >= outer.x0 - 1 && a.y0 >= outer.y0 - 1 && a.x1 <= outer.x1 + 1 && a.y1 <= outer.y1 + 1;
}
