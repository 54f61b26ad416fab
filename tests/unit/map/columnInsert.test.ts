import { describe, expect, it } from 'vitest';
import { insertIntoColumn } from '../../../src/map/layout/columnInsert';

const row = () => 30;

describe('a factor added to a pinned layout takes a row in its own column', () => {
  it('goes to the foot of the sub-column with most room, whose factors close up within the height they had', () => {
    // Two sub-columns: the left one full (rows 30 apart), the right one with room to spare.
    const mates = new Map([
      ['a', { x: 100, y: 15 }], ['b', { x: 100, y: 45 }], ['c', { x: 100, y: 75 }],
      ['d', { x: 200, y: 15 }], ['e', { x: 200, y: 75 }],
    ]);
    const placed = insertIntoColumn({ mates, id: 'new', rowHeight: row })!;
    expect(placed.get('new')!.x).toBe(200);
    const ys = ['d', 'e', 'new'].map((id) => placed.get(id)!.y);
    expect(ys).toEqual([...ys].sort((p, q) => p - q));
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(30);
    expect(Math.min(...ys) - 15).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys) + 15).toBeLessThanOrEqual(90);
    expect(placed.has('a')).toBe(false);
  });

  it('stands beside where it is wanted, and grows the column downwards when it is full', () => {
    const mates = new Map([['a', { x: 0, y: 15 }], ['b', { x: 0, y: 45 }], ['c', { x: 0, y: 75 }]]);
    const placed = insertIntoColumn({ mates, id: 'new', rowHeight: row, wanted: 50 })!;
    expect(['a', 'b', 'new', 'c'].map((id) => placed.get(id)!.y)).toEqual([15, 45, 75, 105]);
  });

  it('leaves a stage without placed factors to the force layout', () => {
    expect(insertIntoColumn({ mates: new Map(), id: 'new', rowHeight: row })).toBeNull();
  });
});
