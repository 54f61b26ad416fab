export type RendererKind = 'svg' | 'canvas';

/**
 * Above this many items (nodes plus drawn links) the map is drawn on canvas. Measured with
 * `npx tsx bench/canvas-vs-svg.ts` (bench/results/canvas-vs-svg.json): see the note there and in
 * the report for the figures this comes from.
 */
export const CANVAS_FROM_ITEMS = 1_500;

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
