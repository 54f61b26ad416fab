import { quadtree, type Quadtree } from 'd3-quadtree';
import type { MapEdge, MapNode } from '../../analysis';
import type { Point } from '../layout/createLayout';
import { curvedEdge, pointOnCurve } from './edgeGeometry';

/** How far from a thin link a click still takes it, in screen pixels (SVG's hit twin is 10 wide). */
export const LINK_REACH_PX = 5;
/** Extra screen pixels round a node that still count as on it, so small nodes are easy to point at. */
export const NODE_REACH_PX = 3;
/** Samples along a link about this far apart (layout units), for the coarse search... */
const SAMPLE_STEP = 16;
/** ...but no more than this many per link, so a map of long links stays quick to index. */
const MAX_SAMPLES = 24;

interface NodeEntry {
  id: string;
  x: number;
  y: number;
  /** How far from its centre the node's shape reaches (a diamond's corners reach 1.25 r). */
  reach: number;
}

interface EdgeSample {
  edge: MapEdge;
  x: number;
  y: number;
}

export interface HitTester {
  /** The node under a layout point, given the zoom (so the reach is in screen pixels), or null. */
  nodeAt(at: Point, k: number): string | null;
  /** The link nearest a layout point within LINK_REACH_PX on screen, or null. */
  edgeAt(at: Point, k: number): MapEdge | null;
}

/**
 * Hit-testing for a map drawn on canvas, through quadtrees (d3-quadtree): one of node centres,
 * one of points sampled along each link every SAMPLE_STEP units. A link is found coarsely by its
 * samples, then measured finely along its curve, so a click lands on what is drawn under it.
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
    const reach = radiusOf(n.id) * (n.kind === 'intervention' ? 1.25 : 1);
    widest = Math.max(widest, reach);
    entries.push({ id: n.id, x: at.x, y: at.y, reach });
  }
  const nodeTree = quadtree<NodeEntry>()
    .x((e) => e.x)
    .y((e) => e.y)
    .addAll(entries);
  let edgeTree: Quadtree<EdgeSample> | null = null;
  /** The widest gap between two samples of one link: the coarse search looks this much further. */
  let widestGap = 0;
  const curveOf = (e: MapEdge) => {
    const a = positions.get(e.from);
    const b = positions.get(e.to);
    return a && b ? curvedEdge(a, b, radiusOf(e.from), radiusOf(e.to)) : null;
  };
  const edgeSamples = () => {
    if (edgeTree) return edgeTree;
    const samples: EdgeSample[] = [];
    for (const edge of edges) {
      const curve = curveOf(edge);
      if (!curve) continue;
      const length = Math.hypot(curve.end.x - curve.start.x, curve.end.y - curve.start.y) * 1.1;
      const count = Math.min(MAX_SAMPLES, Math.max(2, Math.ceil(length / SAMPLE_STEP)));
      widestGap = Math.max(widestGap, length / count);
      for (let i = 0; i <= count; i++) samples.push({ edge, ...pointOnCurve(curve, i / count) });
    }
    edgeTree = quadtree<EdgeSample>()
      .x((s) => s.x)
      .y((s) => s.y)
      .addAll(samples);
    return edgeTree;
  };

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
      const tree = edgeSamples();
      const search = reach + widestGap / 2 + 1;
      const near = new Set<MapEdge>();
      tree.visit((quad, qx0, qy0, qx1, qy1) => {
        if (!quad.length) {
          for (let leaf: typeof quad | undefined = quad; leaf; leaf = (leaf as { next?: typeof quad }).next) {
            const s = (leaf as { data: EdgeSample }).data;
            if (Math.abs(s.x - at.x) <= search && Math.abs(s.y - at.y) <= search) near.add(s.edge);
          }
        }
        return qx0 > at.x + search || qx1 < at.x - search || qy0 > at.y + search || qy1 < at.y - search;
      });
      let best: MapEdge | null = null;
      let bestDistance = reach;
      for (const edge of near) {
        const curve = curveOf(edge);
        if (!curve) continue;
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
function distanceToCurve(at: Point, curve: ReturnType<typeof curvedEdge>): number {
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
