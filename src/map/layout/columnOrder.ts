import { createCrossingCounter } from './crossingCounter';

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
const TRANSPOSE_PASSES = 6;
/**
 * The most pairs of links the ordering may compare, in all: a few tenths of a second at most
 * (10 to 60 ns a pair). The bundled map needs about 600,000, so below the budget (every map a person
 * draws by hand) the result is exactly the unbounded search's; above it (hundreds of densely linked
 * factors) the search stops early, at a point that depends only on the graph, so the same dataset
 * still always gives the same picture.
 */
export const ORDER_WORK_BUDGET = 3_000_000;

export interface OrderOptions {
  /** Pairs of links the search may compare (default ORDER_WORK_BUDGET). */
  budget?: number;
}

export function orderColumns(columns: readonly (readonly string[])[], edges: readonly OrderEdge[], options: OrderOptions = {}): string[][] {
  let budget = options.budget ?? ORDER_WORK_BUDGET;
  const afford = (cost: number) => {
    if (cost > budget) return false;
    budget -= cost;
    return true;
  };
  const columnOf = new Map<string, number>();
  columns.forEach((column, c) => column.forEach((id) => columnOf.set(id, c)));
  const neighbours = new Map<string, { id: string; weight: number }[]>();
  for (const { from, to } of edges) {
    const a = columnOf.get(from);
    const b = columnOf.get(to);
    if (a === undefined || b === undefined || a === b) continue;
    const weight = 1 / Math.abs(a - b);
    let near = neighbours.get(from);
    if (!near) neighbours.set(from, (near = []));
    near.push({ id: to, weight });
    let back = neighbours.get(to);
    if (!back) neighbours.set(to, (back = []));
    back.push({ id: from, weight });
  }
  const counter = counterFor(columns, edges);
  const crossings = (order: readonly (readonly string[])[]) => {
    counter.place(order);
    return counter.counter.total();
  };
  const sweep = (order: string[][], sweepIndex: number) => {
    const sequence = columns.map((_, i) => (sweepIndex % 2 === 0 ? i : columns.length - 1 - i));
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
    return order;
  };

  let order = columns.map((column) => [...column]);
  if (!afford(counter.counter.totalCost)) {
    // Too many links to count their crossings even once: the sweeps alone, unchecked.
    for (let s = 0; s < SWEEPS; s++) order = sweep(order, s);
    return order;
  }
  let best = order;
  let fewest = crossings(order);
  for (let s = 0; s < SWEEPS && fewest > 0 && afford(counter.counter.totalCost); s++) {
    order = sweep(order, s);
    const count = crossings(order);
    if (count < fewest) {
      fewest = count;
      best = order;
    }
  }
  return transposed(best, counter, afford);
}

/** The crossing counter over the columns' nodes and links, and a way to set each node's height from an order. */
function counterFor(columns: readonly (readonly string[])[], edges: readonly OrderEdge[]) {
  const number = new Map<string, number>();
  const columnOf: number[] = [];
  columns.forEach((column, c) =>
    column.forEach((id) => {
      number.set(id, columnOf.length);
      columnOf.push(c);
    }),
  );
  const ends: number[] = [];
  for (const { from, to } of edges) {
    const f = number.get(from);
    const t = number.get(to);
    if (f !== undefined && t !== undefined) ends.push(f, t);
  }
  const counter = createCrossingCounter(columnOf, ends);
  return {
    counter,
    number: (id: string) => number.get(id) ?? -1,
    place(order: readonly (readonly string[])[]) {
      for (const column of order) column.forEach((id, i) => (counter.height[number.get(id)!] = (i + 0.5) / column.length));
    },
  };
}

/**
 * Then swaps neighbours in a column wherever that removes crossings, until no swap helps (bounded).
 * A swap moves only its two nodes, so only the links touching them are recounted.
 */
function transposed(start: readonly (readonly string[])[], counting: ReturnType<typeof counterFor>, afford: (cost: number) => boolean): string[][] {
  const order = start.map((column) => [...column]);
  const { counter } = counting;
  counting.place(order);
  for (let pass = 0, improved = true; improved && pass < TRANSPOSE_PASSES; pass++) {
    improved = false;
    for (const column of order) {
      for (let i = 0; i + 1 < column.length; i++) {
        const a = counting.number(column[i]!);
        const b = counting.number(column[i + 1]!);
        if (!afford(2 * counter.aroundCost(a, b))) return order;
        const before = counter.around(a, b);
        [counter.height[a], counter.height[b]] = [counter.height[b]!, counter.height[a]!];
        if (counter.around(a, b) < before) {
          [column[i], column[i + 1]] = [column[i + 1]!, column[i]!];
          improved = true;
        } else [counter.height[a], counter.height[b]] = [counter.height[b]!, counter.height[a]!];
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
