import { describe, expect, it } from 'vitest';
import { edgeStyle } from '../../../src/map/render/canvasStyle';
import { chooseRenderer, CANVAS_FROM_ITEMS } from '../../../src/map/render/rendererChoice';
import { visibleBox } from '../../../src/map/render/canvasView';

describe('how a canvas map draws a link', () => {
  const link = { kind: 'link' as const, polarity: '+' as const, inferred: false };
  it('tells negative and inferred links by line, not by colour alone, as the SVG map does', () => {
    expect(edgeStyle(link, 'normal').dash).toEqual([]);
    expect(edgeStyle({ ...link, polarity: '-' }, 'normal').dash).toEqual([6, 4]);
    expect(edgeStyle({ ...link, inferred: true }, 'normal').dash).toEqual([1.5, 2.5]);
    expect(edgeStyle({ ...link, polarity: '-', inferred: true }, 'normal').dash).toEqual([6, 3, 1.5, 3]);
    expect(edgeStyle({ ...link, inferred: true }, 'normal').alpha).toBeLessThan(edgeStyle(link, 'normal').alpha);
  });

  it('makes traced and selected links stand out and faded ones step back', () => {
    expect(edgeStyle(link, 'traced')).toMatchObject({ colour: '#b3005e', width: 3, alpha: 1 });
    expect(edgeStyle({ ...link, inferred: true }, 'traced').dash).toEqual([2, 3]);
    expect(edgeStyle(link, 'selected').width).toBe(3);
    expect(edgeStyle(link, 'faded').alpha).toBeLessThan(0.1);
  });

  it('strokes links of one look together, and no others', () => {
    const keys = new Set([edgeStyle(link, 'normal').key, edgeStyle({ ...link }, 'normal').key]);
    expect(keys.size).toBe(1);
    expect(edgeStyle(link, 'normal').key).not.toBe(edgeStyle(link, 'faded').key);
    expect(edgeStyle(link, 'normal').key).not.toBe(edgeStyle({ ...link, kind: 'action' }, 'normal').key);
  });
});

describe('choosing the renderer', () => {
  it('draws small maps as SVG and large ones on canvas', () => {
    expect(chooseRenderer(82, 150)).toBe('svg');
    expect(chooseRenderer(5000, 10000)).toBe('canvas');
    expect(chooseRenderer(CANVAS_FROM_ITEMS, 0)).toBe('svg');
    expect(chooseRenderer(CANVAS_FROM_ITEMS, 1)).toBe('canvas');
  });

  it('lets the address choose either, whatever the size, and ignores anything else it says', () => {
    expect(chooseRenderer(82, 150, 'canvas')).toBe('canvas');
    expect(chooseRenderer(5000, 10000, 'svg')).toBe('svg');
    expect(chooseRenderer(5000, 10000, 'webgl')).toBe('canvas');
  });
});

describe('what a canvas frame draws', () => {
  it('is the part of the layout on screen, with a margin, at any pan and zoom', () => {
    expect(visibleBox({ x: 0, y: 0, k: 1 }, 800, 600, 0)).toEqual({ x0: -0, y0: -0, x1: 800, y1: 600 });
    expect(visibleBox({ x: -100, y: 50, k: 2 }, 800, 600, 10)).toEqual({ x0: 45, y0: -30, x1: 455, y1: 280 });
  });
});
