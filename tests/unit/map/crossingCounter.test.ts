import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createCrossingCounter } from '../../../src/map/layout/crossingCounter';
import { countCrossings, crossingsOf, orderColumns } from '../../../src/map/layout/columnOrder';

/** A random layered graph: columns of node ids, links between any two nodes, and an order. */
const layered = fc.record({
  sizes: fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 5 }),
  pairs: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 50 }),
});

function graphOf({ sizes, pairs }: { sizes: number[]; pairs: [number, number][] }) {
  const columns = sizes.map((n, c) => Array.from({ length: n }, (_, i) => `c${c}n${i}`));
  const ids = columns.flat();
  const edges = pairs.map(([a, b]) => ({ from: ids[a % ids.length]!, to: ids[b % ids.length]! })).filter((e) => e.from !== e.to);
  const number = new Map(ids.map((id, i) => [id, i]));
  const columnOf = columns.flatMap((column, c) => column.map(() => c));
  const ends = edges.flatMap((e) => [number.get(e.from)!, number.get(e.to)!]);
  const counter = createCrossingCounter(columnOf, ends);
  columns.forEach((column) => column.forEach((id, i) => (counter.height[number.get(id)!] = (i + 0.5) / column.length)));
  return { columns, edges, counter, number };
}

describe('counting crossings fast agrees with counting them pair by pair', () => {
  it('counts the same total as the plain count, on any graph', () => {
    fc.assert(
      fc.property(layered, (shape) => {
        const { columns, edges, counter } = graphOf(shape);
        expect(counter.total()).toBe(crossingsOf(columns, edges));
      }),
    );
  });

  it('says how a swap of two neighbours changes the total by recounting only their links', () => {
    fc.assert(
      fc.property(layered, fc.nat(), (shape, pick) => {
        const { columns, edges, counter, number } = graphOf(shape);
        const column = columns[pick % columns.length]!;
        if (column.length < 2) return;
        const i = pick % (column.length - 1);
        const [a, b] = [number.get(column[i]!)!, number.get(column[i + 1]!)!];
        const before = counter.around(a, b);
        [counter.height[a], counter.height[b]] = [counter.height[b]!, counter.height[a]!];
        const after = counter.around(a, b);
        const swapped = columns.map((c) => [...c]);
        const target = swapped[pick % columns.length]!;
        [target[i], target[i + 1]] = [target[i + 1]!, target[i]!];
        expect(after - before).toBe(crossingsOf(swapped, edges) - crossingsOf(columns, edges));
      }),
    );
  });

  it('never counts two links that share a node', () => {
    const segments = [
      { from: 'a', to: 'x', a: { x: 0, y: 0 }, b: { x: 1, y: 1 } },
      { from: 'a', to: 'y', a: { x: 0, y: 0 }, b: { x: 1, y: 0 } },
    ];
    expect(countCrossings(segments)).toBe(0);
    const counter = createCrossingCounter([0, 1, 1], [0, 1, 0, 2]);
    counter.height.set([0.5, 0.25, 0.75]);
    expect(counter.total()).toBe(0);
  });
});

describe('ordering columns within a work budget', () => {
  const ring = (n: number, columns: number) => {
    const ids = Array.from({ length: n }, (_, i) => `r${i}`);
    return {
      columns: Array.from({ length: columns }, (_, c) => ids.filter((_, i) => i % columns === c)),
      edges: ids.map((id, i) => ({ from: id, to: ids[(i + 1) % n]! })),
    };
  };

  it('gives the unbounded result when the budget is not reached', () => {
    const { columns, edges } = ring(40, 4);
    expect(orderColumns(columns, edges, { budget: 1e6 })).toEqual(orderColumns(columns, edges, { budget: Infinity }));
  });

  it('stops early on a graph too big for its budget, keeping every node in its column, the same way each time', () => {
    const { columns, edges } = ring(400, 4);
    const bounded = orderColumns(columns, edges, { budget: 50_000 });
    expect(bounded.map((c) => [...c].sort())).toEqual(columns.map((c) => [...c].sort()));
    expect(orderColumns(columns, edges, { budget: 50_000 })).toEqual(bounded);
    // Even the sweeps alone, unchecked, still untangle a ring dealt round its columns.
    expect(crossingsOf(bounded, edges)).toBeLessThan(crossingsOf(columns, edges));
  });
});
