import { describe, expect, it } from 'vitest';
import type { MapNode } from '../../../src/analysis';
import { createNodeDrawer } from '../../../src/map/render/canvasNodes';
import type { CanvasScene } from '../../../src/map/render/canvasView';
import { MONEY_LOOK, moneyRingRadius } from '../../../src/map/render/moneyRing';
import { markedName } from '../../../src/map/render/nodeMarks';

describe("the portfolio overlay's halo", () => {
  it('grows with the money, by area, from just outside the node to its largest at the most money', () => {
    const small = moneyRingRadius(1_000, 100_000, 9);
    const half = moneyRingRadius(25_000, 100_000, 9);
    const most = moneyRingRadius(100_000, 100_000, 9);
    expect(small).toBeGreaterThan(9);
    expect(small).toBeLessThan(half);
    expect(half).toBeLessThan(most);
    // A quarter of the money reaches half as far beyond the gap as the most (square root).
    expect(half - moneyRingRadius(Number.MIN_VALUE, 100_000, 9)).toBeCloseTo((most - moneyRingRadius(Number.MIN_VALUE, 100_000, 9)) / 2, 1);
  });

  it('is not drawn for no money', () => {
    expect(moneyRingRadius(0, 100_000, 9)).toBe(0);
    expect(moneyRingRadius(500, 0, 9)).toBe(0);
  });

  it('puts the amount in the node’s accessible name, after what the other marks say', () => {
    expect(markedName('Intervention: Arts', { step: 2, effect: 0, money: '£20,000' }, 'loop')).toBe('Intervention: Arts Step 2 of the traced loop. Your grants: £20,000.');
    expect(markedName('Intervention: Arts', { step: undefined, effect: 0 }, undefined)).toBe('Intervention: Arts');
  });

  it('is drawn on canvas round each node the money reaches, at the shared scale, and nowhere else', () => {
    const nodes = [
      { id: 'arts', kind: 'intervention', label: 'Arts' },
      { id: 'hope', kind: 'factor', label: 'Hope' },
      { id: 'housing', kind: 'factor', label: 'Housing' },
    ] as unknown as MapNode[];
    const positions = new Map([
      ['arts', { x: 0, y: 0 }],
      ['hope', { x: 100, y: 0 }],
      ['housing', { x: 200, y: 0 }],
    ]);
    const scene: CanvasScene = {
      nodes,
      positions,
      visibility: { nodes: new Set(nodes.map((n) => n.id)), edges: new Set(), dimmed: new Set() },
      display: { hoveredId: null, selectedId: null, neighbours: new Map(), pinned: new Set(), actionsFor: new Set() },
      highlight: null,
      impact: null,
      money: { amounts: new Map([['arts', 20_000], ['hope', 40_000]]), words: new Map(), max: 40_000 },
      // Far out, so no glyphs or pips: only shapes and rings.
      transform: { x: 0, y: 0, k: 0.2 },
      focusedId: null,
      outcome: undefined,
      radiusOf: () => 9,
      drawnEdges: [],
    };
    const halos: Array<{ x: number; r: number }> = [];
    let last: { x: number; r: number } | null = null;
    const ctx = new Proxy({} as Record<string, unknown>, {
      get(target, key) {
        if (key === 'arc') return (x: number, _y: number, r: number) => (last = { x, r });
        if (key === 'fill') return () => {
          if (target.fillStyle === MONEY_LOOK.fill && last) halos.push(last);
        };
        if (key in target) return target[key as string];
        return () => {};
      },
      set(target, key, value) {
        target[key as string] = value;
        return true;
      },
    }) as unknown as CanvasRenderingContext2D;
    const draw = createNodeDrawer({ appearance: () => ({ colour: '#333333', glyph: '', ringed: false }), pips: () => undefined, pipCount: 4, outcome: undefined });
    for (const _ of draw(ctx, scene, { x0: -50, y0: -50, x1: 250, y1: 50 })) void _;
    expect(halos).toEqual([
      { x: 0, r: moneyRingRadius(20_000, 40_000, 9) },
      { x: 100, r: moneyRingRadius(40_000, 40_000, 9) },
    ]);
  });
});
