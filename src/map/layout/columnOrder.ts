/**
 * Orders the factors inside each journey column so that links run mostly left to right and cross
 * little: barycentric sweeps (Sugiyama's heuristic). Each node moves towards the mean height of
 * the nodes it links to in the other columns (nearer columns weigh more), sweeping left to right
 * then right to left; the order with the fewest crossings seen is kept, then neighbours are
 * swapped wherever that removes crossings (the "transpose" step). Ties keep the earlier
 * order, so the result is deterministic and follows the dataset where the links say nothing.
 */
export interface OrderEdge {
  from: string;
  to: string;
}

const SWEEPS = 12;

export function orderColumns(columns: readonly (readonly string[])[], edges: readonly OrderEdge[]): string[][] {
  const columnOf = new Map<string, number>();
  columns.forEach((column, c) => column.forEach((id) => columnOf.set(id, c)));
  const neighbours = new Map<string, { id: string; weight: number }[]>();
  for (const { from, to } of edges) {
    const a = columnOf.get(from);
    const b = columnOf.get(to);
    if (a === undefined || b === undefined || a === b) continue;
    const weight = 1 / Math.abs(a - b);
    neighbours.set(from, [...(neighbours.get(from) ?? []), { id: to, weight }]);
    neighbours.set(to, [...(neighbours.get(to) ?? []), { id: from, weight }]);
  }
  let order = columns.map((column) => [...column]);
  let best = order;
  let fewest = crossingsOf(order, edges);
  for (let sweep = 0; sweep < SWEEPS && fewest > 0; sweep++) {
    const sequence = columns.map((_, i) => (sweep % 2 === 0 ? i : columns.length - 1 - i));
    for (const c of sequence) {
      const height = heightsOf(order);
      const column = order[c] ?? [];
      const keyed = column.map((id, i) => {
        const near = neighbours.get(id) ?? [];
        const total = near.reduce((sum, n) => sum + n.weight, 0);
        const mean = total > 0 ? near.reduce((sum, n) => sum + n.weight * (height.get(n.id) ?? 0.5), 0) / total : (height.get(id) ?? 0.5);
        return { id, key: mean, i };
      });
      keyed.sort((p, q) => p.key - q.key || p.i - q.i);
      order = order.map((col, i) => (i === c ? keyed.map((k) => k.id) : col));
    }
    const crossings = crossingsOf(order, edges);
    if (crossings < fewest) {
      fewest = crossings;
      best = order;
    }
  }
  return transposed(best, edges);
}

/** Then swaps neighbours in a column wherever that removes crossings, until no swap helps (bounded). */
function transposed(start: readonly (readonly string[])[], edges: readonly OrderEdge[]): string[][] {
  let order = start.map((column) => [...column]);
  let fewest = crossingsOf(order, edges);
  for (let pass = 0, improved = true; improved && pass < 6; pass++) {
    improved = false;
    for (let c = 0; c < order.length; c++) {
      for (let i = 0; i + 1 < (order[c]?.length ?? 0); i++) {
        const column = [...(order[c] ?? [])];
        [column[i], column[i + 1]] = [column[i + 1]!, column[i]!];
        const trial = order.map((col, j) => (j === c ? column : col));
        const crossings = crossingsOf(trial, edges);
        if (crossings < fewest) {
          fewest = crossings;
          order = trial;
          improved = true;
        }
      }
    }
  }
  return order;
}

/** Each node's height in its column, 0 (top) to 1 (bottom), so columns of different lengths compare. */
function heightsOf(order: readonly (readonly string[])[]): Map<string, number> {
  const height = new Map<string, number>();
  for (const column of order) column.forEach((id, i) => height.set(id, (i + 0.5) / column.length));
  return height;
}

/** Crossings between straight links when each column is a vertical line and each node sits at its height. */
export function crossingsOf(order: readonly (readonly string[])[], edges: readonly OrderEdge[]): number {
  const height = heightsOf(order);
  const columnOf = new Map<string, number>();
  order.forEach((column, c) => column.forEach((id) => columnOf.set(id, c)));
  const segments = edges.flatMap(({ from, to }) => {
    const a = columnOf.get(from);
    const b = columnOf.get(to);
    if (a === undefined || b === undefined) return [];
    // A link inside one column is drawn as an arc to its side: give it a little width so it can cross.
    const dx = a === b ? 0.25 : 0;
    return [{ from, to, a: { x: a, y: height.get(from) ?? 0 }, b: { x: b + dx, y: height.get(to) ?? 0 } }];
  });
  return countCrossings(segments);
}

export interface Segment {
  from: string;
  to: string;
  a: { x: number; y: number };
  b: { x: number; y: number };
}

/** Proper crossings between straight segments; two segments that share a node never count. */
export function countCrossings(segments: readonly Segment[]): number {
  const orient = (p: Segment['a'], q: Segment['a'], r: Segment['a']) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  let count = 0;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    for (let j = i + 1; j < segments.length; j++) {
      const t = segments[j]!;
      if (s.from === t.from || s.from === t.to || s.to === t.from || s.to === t.to) continue;
      if (orient(s.a, s.b, t.a) * orient(s.a, s.b, t.b) < 0 && orient(t.a, t.b, s.a) * orient(t.a, t.b, s.b) < 0) count++;
    }
  }
  return count;
}
