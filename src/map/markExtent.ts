import type { MapNode } from '../analysis';
import { nodeRadius, outcomeRingRadius, pipCentre, PIP_RADIUS, shapeReach } from './nodeGeometry';

// Built from nodeGeometry.ts's sizes, apart from it: only an export's legend uses it, and the
// first load (which carries nodeGeometry.ts for the map) need not.

/** A box about a node's centre, in layout units. */
export interface MarkBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The box about a node's centre that the mark of its kind fills, as nodeShapes.ts draws it: its
 * circle or diamond, the outcome's ring, and the row above an intervention where its `pipCount`
 * evidence pips stand (a crossed-out or struck-through one wears a word there instead: the row is
 * kept, so every intervention's diamond is drawn alike). What a view adds (a what-if ring, a step
 * number, a money halo) and the caution word are left out: a legend swatch shows what a node is,
 * scaled to this box without measuring anything, so a picture off the page can be keyed.
 */
export function markExtent(node: Pick<MapNode, 'degree' | 'kind'>, marks: { outcome: boolean; pipCount: number }): MarkBox {
  const r = nodeRadius(node);
  const body = Math.max(shapeReach(node.kind, r), marks.outcome ? outcomeRingRadius(r) : 0);
  // The pips' row is centred over the node: its last pip is its right end.
  const row = node.kind === 'intervention' && marks.pipCount > 0 ? pipCentre(marks.pipCount - 1, marks.pipCount, r) : null;
  const half = row ? Math.max(body, row.x + PIP_RADIUS) : body;
  const top = row ? Math.min(-body, row.y - PIP_RADIUS) : -body;
  return { x: -half, y: top, width: 2 * half, height: body - top };
}
