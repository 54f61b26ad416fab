/**
 * Crossings between straight links when each journey column is a vertical line and each node sits
 * at its height in its column: the measure the column order minimises. Kept as typed arrays over
 * node and link numbers, so a count is a tight loop, and so that moving two nodes only recounts
 * the links that touch them (the transpose step's question) instead of every pair.
 *
 * Every count says what it cost (pairs of links compared), so the caller can keep to a budget.
 */
export interface CrossingCounter {
  /** Pairs of links a full count compares: what `total()` costs. */
  readonly totalCost: number;
  /** All proper crossings; two links that share a node never count. */
  total(): number;
  /** Pairs a count around these nodes compares: what `around()` costs. */
  aroundCost(a: number, b: number): number;
  /** Crossings in which at least one of the two links touches node a or node b. */
  around(a: number, b: number): number;
  /** A node's height in its column, 0 (top) to 1 (bottom). */
  readonly height: Float64Array;
}

/** Links inside one column are drawn as an arc to its side: a little width lets them cross. */
const SAME_COLUMN_WIDTH = 0.25;

/** Which side of the line p→q the point r lies: the sign of the cross product (0 on the line). */
const side = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => (qx - px) * (ry - py) - (qy - py) * (rx - px);
const opposite = (u: number, v: number) => (u > 0 && v < 0) || (u < 0 && v > 0);

/**
 * @param columnOf each node's column
 * @param ends each link's two nodes, by number: [from0, to0, from1, to1, ...]
 */
export function createCrossingCounter(columnOf: ArrayLike<number>, ends: ArrayLike<number>): CrossingCounter {
  const nodeCount = columnOf.length;
  const linkCount = ends.length / 2;
  const from = new Int32Array(linkCount);
  const to = new Int32Array(linkCount);
  const ax = new Float64Array(linkCount);
  const bx = new Float64Array(linkCount);
  const lo = new Float64Array(linkCount);
  const hi = new Float64Array(linkCount);
  const height = new Float64Array(nodeCount);
  const touching: number[][] = Array.from({ length: nodeCount }, () => []);
  for (let e = 0; e < linkCount; e++) {
    const f = ends[2 * e]!;
    const t = ends[2 * e + 1]!;
    from[e] = f;
    to[e] = t;
    ax[e] = columnOf[f]!;
    bx[e] = columnOf[t]! + (columnOf[f] === columnOf[t] ? SAME_COLUMN_WIDTH : 0);
    lo[e] = Math.min(ax[e]!, bx[e]!);
    hi[e] = Math.max(ax[e]!, bx[e]!);
    touching[f]!.push(e);
    if (t !== f) touching[t]!.push(e);
  }

  /** Whether links s and t cross properly (the same test, pair for pair, as countCrossings). */
  const cross = (s: number, t: number): boolean => {
    const sf = from[s]!;
    const st = to[s]!;
    const tf = from[t]!;
    const tt = to[t]!;
    if (sf === tf || sf === tt || st === tf || st === tt) return false;
    // Links whose column spans do not overlap cannot cross.
    if (hi[s]! <= lo[t]! || hi[t]! <= lo[s]!) return false;
    const sax = ax[s]!;
    const say = height[sf]!;
    const sbx = bx[s]!;
    const sby = height[st]!;
    const tax = ax[t]!;
    const tay = height[tf]!;
    const tbx = bx[t]!;
    const tby = height[tt]!;
    return (
      opposite(side(sax, say, sbx, sby, tax, tay), side(sax, say, sbx, sby, tbx, tby)) &&
      opposite(side(tax, tay, tbx, tby, sax, say), side(tax, tay, tbx, tby, sbx, sby))
    );
  };

  return {
    height,
    totalCost: (linkCount * (linkCount - 1)) / 2,
    total() {
      let count = 0;
      for (let s = 0; s < linkCount; s++) for (let t = s + 1; t < linkCount; t++) if (cross(s, t)) count++;
      return count;
    },
    aroundCost(a, b) {
      return ((touching[a]?.length ?? 0) + (touching[b]?.length ?? 0)) * linkCount;
    },
    around(a, b) {
      // Links touching a or b, each once; a pair of two such links is counted once too.
      const mine = new Set([...(touching[a] ?? []), ...(touching[b] ?? [])]);
      let count = 0;
      for (const s of mine) {
        for (let t = 0; t < linkCount; t++) {
          if (t === s || (mine.has(t) && t < s)) continue;
          if (cross(s, t)) count++;
        }
      }
      return count;
    },
  };
}
