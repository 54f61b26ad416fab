import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crossingsOf, orderColumns } from '../../../src/map/layout/columnOrder';

describe('column ordering: links run left to right and cross little', () => {
  it('untangles two columns whose links cross', () => {
    const columns = [
      ['a', 'b', 'c'],
      ['x', 'y', 'z'],
    ];
    const edges = [
      { from: 'a', to: 'z' },
      { from: 'b', to: 'y' },
      { from: 'c', to: 'x' },
    ];
    expect(crossingsOf(columns, edges)).toBe(3);
    const ordered = orderColumns(columns, edges);
    expect(crossingsOf(ordered, edges)).toBe(0);
  });

  it('keeps each column’s members and never adds crossings (any graph)', () => {
    const graph = fc.record({
      sizes: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 5 }),
      pairs: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 40 }),
    });
    fc.assert(
      fc.property(graph, ({ sizes, pairs }) => {
        const columns = sizes.map((n, c) => Array.from({ length: n }, (_, i) => `c${c}n${i}`));
        const ids = columns.flat();
        const edges = pairs.map(([a, b]) => ({ from: ids[a % ids.length]!, to: ids[b % ids.length]! })).filter((e) => e.from !== e.to);
        const ordered = orderColumns(columns, edges);
        expect(ordered.map((c) => [...c].sort())).toEqual(columns.map((c) => [...c].sort()));
        expect(crossingsOf(ordered, edges)).toBeLessThanOrEqual(crossingsOf(columns, edges));
      }),
    );
  });

  it('is deterministic: the same input gives the same order', () => {
    const columns = [['a', 'b', 'c', 'd'], ['w', 'x', 'y', 'z']];
    const edges = [
      { from: 'a', to: 'y' },
      { from: 'b', to: 'w' },
      { from: 'd', to: 'x' },
      { from: 'c', to: 'z' },
    ];
    expect(orderColumns(columns, edges)).toEqual(orderColumns(columns, edges));
  });
});
