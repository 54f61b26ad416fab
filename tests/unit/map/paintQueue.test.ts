import { describe, expect, it } from 'vitest';
import { createPaintQueue } from '../../../src/map/render/paintQueue';

function recorder() {
  const painted: string[] = [];
  const queue = createPaintQueue(['join', 'positions', 'labels'], {
    join: () => painted.push('join'),
    positions: () => painted.push('positions'),
    labels: () => painted.push('labels'),
  });
  return { painted, queue };
}

describe('painting the map once per change, not once per setter', () => {
  it('paints a change at once, in the fixed order, outside a batch', () => {
    const { painted, queue } = recorder();
    queue.paint('labels', 'join');
    expect(painted).toEqual(['join', 'labels']);
  });

  it('inside a batch, paints each changed part once, at the end', () => {
    const { painted, queue } = recorder();
    queue.batch(() => {
      queue.paint('labels');
      queue.paint('positions', 'labels');
      queue.paint('join');
      expect(painted).toEqual([]);
    });
    expect(painted).toEqual(['join', 'positions', 'labels']);
  });

  it('paints what a batch collected even when a change inside it throws', () => {
    const { painted, queue } = recorder();
    expect(() =>
      queue.batch(() => {
        queue.paint('positions');
        throw new Error('broken');
      }),
    ).toThrow('broken');
    expect(painted).toEqual(['positions']);
  });

  it('waits for the outermost of nested batches', () => {
    const { painted, queue } = recorder();
    queue.batch(() => {
      queue.batch(() => queue.paint('join'));
      expect(painted).toEqual([]);
    });
    expect(painted).toEqual(['join']);
  });
});
