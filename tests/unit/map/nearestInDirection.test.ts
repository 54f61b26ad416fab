import { describe, expect, it } from 'vitest';
import { nearestInDirection } from '../../../src/map/keyboard/nearestInDirection';

describe('arrow keys move to the nearest node that way', () => {
  const nodes = new Map([
    ['centre', { x: 0, y: 0 }],
    ['right-near', { x: 50, y: 10 }],
    ['right-far', { x: 200, y: 0 }],
    ['above', { x: 5, y: -80 }],
    ['below-aside', { x: 60, y: 100 }],
  ]);
  it('picks the nearest node ahead, preferring one straight ahead', () => {
    expect(nearestInDirection({ x: 0, y: 0 }, 'right', nodes, 'centre')).toBe('right-near');
    expect(nearestInDirection({ x: 0, y: 0 }, 'up', nodes, 'centre')).toBe('above');
    expect(nearestInDirection({ x: 0, y: 0 }, 'down', nodes, 'centre')).toBe('below-aside');
  });
  it('stays put when nothing lies that way', () => {
    expect(nearestInDirection({ x: 0, y: 0 }, 'left', nodes, 'centre')).toBeNull();
  });
});
