// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module each time: whether the map has painted is the page's, once. */
const fresh = async () => {
  vi.resetModules();
  return import('../../../src/map/firstPaint');
};
const aFewFrames = () => new Promise((done) => setTimeout(done, 120));

describe('what waits for the map’s first picture', () => {
  beforeEach(() => vi.useRealTimers());

  it('is built a frame after the map is drawn, not before', async () => {
    const { mapDrawn, soonAfterMapPaint } = await fresh();
    const built = vi.fn();
    soonAfterMapPaint(built);
    await aFewFrames();
    expect(built).not.toHaveBeenCalled();
    mapDrawn();
    await aFewFrames();
    expect(built).toHaveBeenCalledTimes(1);
  });

  it('on a view without the map, is built at once rather than after the longest wait (1.5 s)', async () => {
    const { noMapToPaint, soonAfterMapPaint, mapPainted } = await fresh();
    const built = vi.fn();
    soonAfterMapPaint(built);
    noMapToPaint();
    await aFewFrames();
    expect(built).toHaveBeenCalledTimes(1);
    // Whatever asks later is told at once.
    const later = vi.fn();
    soonAfterMapPaint(later);
    expect(later).toHaveBeenCalledTimes(1);
    expect(mapPainted()).toBe(true);
  });
});
