export type RendererKind = 'svg' | 'canvas';

/**
 * Above this many items (nodes plus links, intervention links included) the map is drawn on
 * canvas. Measured on this 2-core machine with `npx tsx bench/canvas-vs-svg.ts` (synthetic maps
 * of n factors and 2n links; frames per second during a scripted pan and zoom, SVG / canvas):
 * 100 factors (≈300 items) 35 / 56; 200 (≈600) 22 / 55; 300 (≈900) 22 / 57; 500 (≈1,500) 24 / 59;
 * 1,000 (≈3,000) 10 / 55; 2,000 4 / 50; 5,000 1 / 41. Canvas pans faster at every size, but SVG
 * gives each node an element of its own (a screen reader can browse them all; exports copy them
 * as they are), so it keeps the maps people make by hand: the bundled map (≈330 items, 59 fps in
 * SVG) and the largest Kumu map we hold (230 elements). Between 1,000 and 1,500 items SVG still
 * pans at about 20–25 fps; past that it falls to 10 and below and its longest tasks pass 150 ms.
 */
export const CANVAS_FROM_ITEMS = 1_000;

/**
 * SVG or canvas for a map of this size. SVG gives every node an element (its own focus, the
 * exports copy it as is) and is fast enough for small maps; canvas keeps a large one smooth.
 * `asked` is the address's `renderer=svg|canvas`, which a person (or a benchmark) may use to
 * choose either whatever the size.
 */
export function chooseRenderer(nodeCount: number, edgeCount: number, asked?: string | null): RendererKind {
  if (asked === 'svg' || asked === 'canvas') return asked;
  return nodeCount + edgeCount > CANVAS_FROM_ITEMS ? 'canvas' : 'svg';
}
