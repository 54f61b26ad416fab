import { quadtree } from 'd3-quadtree';
import type { Point } from './createLayout';

/**
 * The spacing, in layout units, at which this map's nodes and labels read well: the median
 * distance from a node to its nearest neighbour. The bundled map's columns stand about 35 apart;
 * a label wraps at 14 to 24 characters, about 100 to 160 units wide. Kumu draws its maps about
 * 220 apart (its circles are 50 across), so its coordinates shown as they are spread a 230-node
 * map over 8,000 units, which no zoom could show whole and readable.
 */
const TIGHTEST = 20;
const WIDEST = 120;
/** Nodes nearer to a neighbour than this share of the spacing sit on top of one another. */
const CROWDED = 0.2;
/** Positions that stack more than this share of the nodes are no picture: the map is laid out afresh. */
const MOST_CROWDED = 0.2;

const cache = new WeakMap<object, Readonly<Record<string, Point>> | null>();

/**
 * The published positions as the map draws them. Positions from another tool (Kumu, Gephi, yEd)
 * keep their picture, scaled as a whole to the spacing our labels need (a map drawn at this
 * map's scale is left exactly as published). Positions that make no picture (most nodes on one
 * point or a few) are set aside, and the journey layout places every node afresh. Remembered per
 * positions object: the layout asks more than once for the same map.
 */
export function usablePositions(published: Readonly<Record<string, Point>> | undefined): Readonly<Record<string, Point>> | undefined {
  if (!published) return undefined;
  if (!cache.has(published)) cache.set(published, judge(published));
  return cache.get(published) ?? undefined;
}

function judge(published: Readonly<Record<string, Point>>): Readonly<Record<string, Point>> | null {
  const entries = Object.entries(published).filter(([, p]) => Number.isFinite(p.x) && Number.isFinite(p.y));
  if (entries.length < 2) return entries.length === Object.keys(published).length ? published : Object.fromEntries(entries);
  const gaps = nearestGaps(entries.map(([, p]) => p)).sort((a, b) => a - b);
  const median = gaps[Math.floor(gaps.length / 2)]!;
  if (!(median > 0)) return null;
  const crowded = gaps.filter((g) => g < median * CROWDED).length / gaps.length;
  if (crowded > MOST_CROWDED) return null;
  const scale = median < TIGHTEST ? TIGHTEST / median : median > WIDEST ? WIDEST / median : 1;
  if (scale === 1 && entries.length === Object.keys(published).length) return published;
  return Object.fromEntries(entries.map(([id, p]) => [id, { x: p.x * scale, y: p.y * scale }]));
}

/**
 * Below this many points, comparing every pair is quicker than building a quadtree (the bundled
 * map's hundred: well under a millisecond, where the quadtree cost 3 to 11 on its first load).
 */
const PAIRWISE_UP_TO = 400;

/** Each point's distance to its nearest other point: every pair for a few, else O(n log n) with a quadtree. */
function nearestGaps(points: readonly Point[]): number[] {
  if (points.length <= PAIRWISE_UP_TO) return points.map((p, i) => nearestOf(points, p, i));
  const tree = quadtree<Point>()
    .x((p) => p.x)
    .y((p) => p.y)
    .addAll([...points]);
  return points.map((p) => {
    tree.remove(p);
    const near = tree.find(p.x, p.y);
    tree.add(p);
    return near ? Math.hypot(near.x - p.x, near.y - p.y) : 0;
  });
}

/** The distance from `p` (at `own`) to the nearest other point, found as the quadtree finds it: least squared distance. */
function nearestOf(points: readonly Point[], p: Point, own: number): number {
  let best: Point | null = null;
  let bestSquared = Infinity;
  for (let i = 0; i < points.length; i++) {
    if (i === own) continue;
    const q = points[i]!;
    const squared = (q.x - p.x) ** 2 + (q.y - p.y) ** 2;
    if (squared < bestSquared) {
      bestSquared = squared;
      best = q;
    }
  }
  return best ? Math.hypot(best.x - p.x, best.y - p.y) : 0;
}
