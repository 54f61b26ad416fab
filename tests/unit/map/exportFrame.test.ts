import { describe, expect, it } from 'vitest';
import { exportFrame } from '../../../src/map/render/exportFrame';
import { revealShift } from '../../../src/map/zoom/revealShift';

const onScreen = (frame: ReturnType<typeof exportFrame>, x: number, y: number) => ({ x: frame.transform.x + frame.transform.k * x, y: frame.transform.y + frame.transform.k * y });

describe('an export frames what the view is about', () => {
  it('puts the whole of the bounds inside the picture, clear of its edges, centred', () => {
    const bounds = { x0: -300, y0: 40, x1: 900, y1: 700 };
    const frame = exportFrame(bounds);
    const topLeft = onScreen(frame, bounds.x0, bounds.y0);
    const bottomRight = onScreen(frame, bounds.x1, bounds.y1);
    for (const p of [topLeft, bottomRight]) {
      expect(p.x).toBeGreaterThanOrEqual(10);
      expect(p.x).toBeLessThanOrEqual(frame.width - 10);
      expect(p.y).toBeGreaterThanOrEqual(10);
      expect(p.y).toBeLessThanOrEqual(frame.height - 10);
    }
    expect(topLeft.x).toBeCloseTo(frame.width - bottomRight.x, 6);
  });

  it('depends on the bounds alone, and does not blow a small loop up to fill a page', () => {
    const loop = { x0: 100, y0: 100, x1: 300, y1: 180 };
    expect(exportFrame(loop)).toEqual(exportFrame({ ...loop }));
    expect(exportFrame(loop).transform.k).toBeLessThanOrEqual(1.5);
  });

  it('keeps a huge map (a Kumu import) inside a page-sized picture', () => {
    const frame = exportFrame({ x0: -4000, y0: 300, x1: -600, y1: 2100 });
    expect(frame.width).toBeLessThanOrEqual(1200);
    expect(frame.height).toBeLessThanOrEqual(900);
  });
});

describe('bringing an item into sight', () => {
  const view = { width: 400, height: 300 };
  const margins = { margin: 60, right: 120 };

  it('does not move what is already in sight', () => {
    expect(revealShift({ x0: 100, y0: 100, x1: 200, y1: 150 }, view, margins)).toEqual({ dx: 0, dy: 0 });
  });

  it('pans the least that brings a node off to the left and below into sight, clear of the edges', () => {
    const { dx, dy } = revealShift({ x0: -626, y0: 1058, x1: -626, y1: 1058 }, view, margins);
    expect(-626 + dx).toBe(60);
    expect(1058 + dy).toBe(240);
  });

  it('centres a link longer than the view', () => {
    const { dx } = revealShift({ x0: -200, y0: 100, x1: 700, y1: 120 }, view, margins);
    expect((-200 + dx + 700 + dx) / 2).toBeCloseTo((60 + 280) / 2, 6);
  });
});
