import type { Dataset } from '../model';
import type { LayoutGeometry, Point } from './layout/createLayout';
import { CHAR_EM, LABEL_FONT } from './layout/journeyLayout';
import { fitScale, type Bounds } from './zoom/createPanZoom';
import { LABEL_MIN_PX } from './render/labelCandidates';
import { CAUTION_REACH_LEFT } from './render/cautionMark';

/** A little air kept under a column's last factor and its label. */
const COLUMN_FOOT = 8;
const union = (a: Bounds, b: Bounds): Bounds => ({ x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) });

/** The box around some layout points (a selected node, a link's two ends), or null when there are none. */
export function boxAround(points: readonly Point[]): Bounds | null {
  if (points.length === 0) return null;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/**
 * How far a label reaches past the room `nodesBounds` keeps for it, on screen at scale k: labels
 * never shrink below their readable size, so a map zoomed far out (a Kumu import) needs more.
 */
export function labelOverhang(labelChars: number, k: number): number {
  return labelChars * CHAR_EM * Math.max(0, LABEL_MIN_PX - LABEL_FONT * k);
}

/** Every node and the room its label takes (to its right). */
export function nodesBounds(positions: Iterable<Point>, labelChars: number): Bounds | null {
  let bounds: Bounds | null = null;
  for (const p of positions) {
    // Above a node only its mark (15 at most) and a little air: more left an empty band over a loop's export.
    const around = { x0: p.x - 40, y0: p.y - 24, x1: p.x + 30 + labelChars * LABEL_FONT * CHAR_EM, y1: p.y + 50 };
    bounds = bounds ? union(bounds, around) : around;
  }
  return bounds;
}

/** The whole picture: the journey's columns and lane, and any node placed outside them. */
export function wholeBounds(geometry: LayoutGeometry, positions: ReadonlyMap<string, Point>): Bounds {
  const points = [...positions.values()];
  // Room left of a node for its widest mark: the "no effect" word over a struck-through intervention.
  const nodes = points.length > 0 ? { x0: Math.min(...points.map((p) => p.x)) - CAUTION_REACH_LEFT, y0: Math.min(...points.map((p) => p.y)) - 20, x1: Math.max(...points.map((p) => p.x)) + 20, y1: Math.max(...points.map((p) => p.y)) + 20 } : geometry.extent;
  return union(geometry.extent, nodes);
}

/**
 * The part of the journey the map's first view shows instead of the whole, where the whole would
 * shrink labels below their readable size (a phone): the busiest column and the outcome's column,
 * from their headings to their last factor; the other columns and the interventions' lane are a
 * swipe or a zoom away. Null when the whole map is readable as it is. The Fit button never uses
 * it: a person who asks for Fit sees every shown node (drawMap.ts).
 */
export function readablePartBounds(dataset: Dataset, geometry: LayoutGeometry, positions: ReadonlyMap<string, Point>, view: { width: number; height: number }, minLabelPx: number): Bounds | null {
  const whole = wholeBounds(geometry, positions);
  if (fitScale(whole, view) * LABEL_FONT >= minLabelPx) return null;
  const stages = dataset.vocabularies.stages.map((s) => s.id);
  const counts = stages.map((id) => dataset.factors.filter((f) => f.stage === id).length);
  const busiest = counts.indexOf(Math.max(...counts));
  const outcome = dataset.factors.find((f) => f.id === dataset.meta.outcome);
  const wanted = [busiest, outcome ? stages.indexOf(outcome.stage) : busiest].flatMap((i) => geometry.columns[i] ?? []);
  if (wanted.length === 0) return null;
  const x0 = Math.min(...wanted.map((c) => c.x0));
  const x1 = Math.max(...wanted.map((c) => c.x1));
  return { x0, x1, y0: whole.y0, y1: Math.max(...wanted.map((c) => c.y1)) + COLUMN_FOOT };
}
