import { quadtree } from 'd3-quadtree';
import type { MapEdge, MapNode } from '../../analysis';
import type { Point } from '../layout/createLayout';
import { shapeReach } from '../nodeGeometry';
import { curvedEdge, pointOnCurve, type EdgeCurve } from './edgeGeometry';
import type { Box } from './labelPlacement';

/** How far from a thin link a click still takes it, in screen pixels (SVG's hit twin is 10 wide). */
export const LINK_REACH_PX = 5;
/** Extra screen pixels round a node that still count as on it, so small nodes are easy to point at. */
export const NODE_REACH_PX = 3;

interface NodeEntry {
  id: string;
  x: number;
  y: number;
  /** How far from its centre the node's shape reaches (a diamond's corners reach 1.25 r). */
  reach: number;
}

export interface HitTester {
  /** The node under a layout point, given the zoom (so the reach is in screen pixels), or null. */
  nodeAt(at: Point, k: number): string | null;
  /** The link nearest a layout point within LINK_REACH_PX on screen, or null. */
  edgeAt(at: Point, k: number): MapEdge | null;
}

/**
 * Hit-testing for a map drawn on canvas. Nodes through a quadtree of their centres (d3-quadtree),
 * asked on every pointer move. Links only on a click: each link's curve is ruled out by its box
 * (10,000 links in about a millisecond), and the few left are measured along the curve, so a
 * click lands on what is drawn under it rather than on the straight line between its ends.
 */
export function createHitTester(
  nodes: readonly MapNode[],
  edges: readonly MapEdge[],
  positions: ReadonlyMap<string, Point>,
  radiusOf: (id: string) => number,
): HitTester {
  const entries: NodeEntry[] = [];
  let widest = 0;
  for (const n of nodes) {
    const at = positions.get(n.id);
    if (!at) continue;
    const reach = shapeReach(n.kind, radiusOf(n.id));
    widest = Math.max(widest, reach);
    entries.push({ id: n.id, x: at.x, y: at.y, reach });
  }
  const nodeTree = quadtree<NodeEntry>()
    .x((e) => e.x)
    .y((e) => e.y)
    .addAll(entries);
  let curves: Array<{ edge: MapEdge; curve: EdgeCurve; box: Box }> | null = null;
  /** Each drawn link's curve and the box round it, worked out at the first click on a link. */
  const curvesNow = () =>
    (curves ??= edges.flatMap((edge) => {
      const a = positions.get(edge.from);
      const b = positions.get(edge.to);
      if (!a || !b) return [];
      const curve = curvedEdge(a, b, radiusOf(edge.from), radiusOf(edge.to));
      const xs = [curve.start.x, curve.control.x, curve.end.x];
      const ys = [curve.start.y, curve.control.y, curve.end.y];
      return [{ edge, curve, box: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) } }];
    }));

  return {
    nodeAt(at, k) {
      const slack = NODE_REACH_PX / k;
      let best: NodeEntry | null = null;
      let bestDistance = Infinity;
      const x0 = at.x - widest - slack;
      const x1 = at.x + widest + slack;
      const y0 = at.y - widest - slack;
      const y1 = at.y + widest + slack;
      nodeTree.visit((quad, qx0, qy0, qx1, qy1) => {
        if (!quad.length) {
          for (let leaf: typeof quad | undefined = quad; leaf; leaf = (leaf as { next?: typeof quad }).next) {
            const e = (leaf as { data: NodeEntry }).data;
            const d = Math.hypot(e.x - at.x, e.y - at.y);
            // Nearest centre first; a node is hit within its own reach (plus slack).
            if (d <= e.reach + slack && d < bestDistance) {
              best = e;
              bestDistance = d;
            }
          }
        }
        return qx0 > x1 || qx1 < x0 || qy0 > y1 || qy1 < y0;
      });
      return (best as NodeEntry | null)?.id ?? null;
    },
    edgeAt(at, k) {
      const reach = LINK_REACH_PX / k;
      let best: MapEdge | null = null;
      let bestDistance = reach;
      for (const { edge, curve, box } of curvesNow()) {
        // A curve lies within the box of its ends and control point: most links are ruled out at once.
        if (at.x < box.x0 - reach || at.x > box.x1 + reach || at.y < box.y0 - reach || at.y > box.y1 + reach) continue;
        const d = distanceToCurve(at, curve);
        if (d <= bestDistance) {
          best = edge;
          bestDistance = d;
        }
      }
      return best;
    },
  };
}

/** The distance from a point to a curve, measured along it in 32 straight pieces. */
function distanceToCurve(at: Point, curve: EdgeCurve): number {
  let best = Infinity;
  let previous = curve.start;
  for (let i = 1; i <= 32; i++) {
    const next = pointOnCurve(curve, i / 32);
    best = Math.min(best, distanceToSegment(at, previous, next));
    previous = next;
  }
  return best;
}

export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}
