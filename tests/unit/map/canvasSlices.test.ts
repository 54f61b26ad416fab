import { describe, expect, it } from 'vitest';
import type { MapEdge, MapNode } from '../../../src/analysis';
import { bucketEdges, edgeSlices } from '../../../src/map/render/canvasEdges';
import type { CanvasScene } from '../../../src/map/render/canvasView';
import { placement } from '../../../src/map/render/frameCache';
import { placeInSlices } from '../../../src/map/render/canvasLabels';
import { placeLabels, type LabelCandidate } from '../../../src/map/render/labelPlacement';
import { createSliceQuota, WHOLE, zoomBand } from '../../../src/map/render/sliceQuota';
import { runAll, runSlices } from '../../../src/map/render/sliceRunner';

function* counted(n: number, log: number[]) {
  for (let i = 0; i < n; i++) {
    log.push(i);
    yield `step ${i}`;
  }
}

describe('drawing a picture a slice at a time', () => {
  it('stops once the budget is spent and carries on where it stopped', () => {
    let clock = 0;
    const log: number[] = [];
    const steps = counted(10, log);
    const after: unknown[] = [];
    // Each step costs 3 ms: a 10 ms budget runs four steps (12 ms), then stops.
    const tick = () => (clock += 3);
    expect(runSlices(steps, 10, () => clock, (s) => (tick(), after.push(s)))).toBe(false);
    expect(log).toEqual([0, 1, 2, 3]);
    expect(after).toEqual(['step 0', 'step 1', 'step 2', 'step 3']);
    expect(runSlices(steps, 10, () => clock, tick)).toBe(false);
    expect(runSlices(steps, 10, () => clock, tick)).toBe(true);
    expect(log).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('draws at once when asked to', () => {
    const log: number[] = [];
    runAll(counted(5, log));
    expect(log).toHaveLength(5);
  });
});

describe('how big a slice is', () => {
  it('shrinks at once after a slice that ran long, and grows by at most half after a quick one', () => {
    const quota = createSliceQuota(5, { edges: 1000 });
    expect(quota.take('edges', 10_000)).toBe(1000);
    quota.report(20);
    expect(quota.size('edges')).toBe(250);
    quota.take('edges', 10_000);
    quota.report(0.5);
    expect(quota.size('edges')).toBe(375);
  });

  it('never takes more than is left, and learns nothing from a quick last piece', () => {
    const quota = createSliceQuota(5, { labels: 100 });
    expect(quota.take('labels', 30)).toBe(30);
    quota.report(1);
    expect(quota.size('labels')).toBe(100);
  });

  it('starts a kind it has not seen small, and keeps kinds apart', () => {
    const quota = createSliceQuota(5, { edges: 1000 }, { min: 20, max: 5000 });
    expect(quota.take('labels', 500)).toBe(20);
    quota.report(50);
    expect(quota.size('labels')).toBe(20);
    expect(quota.size('edges')).toBe(1000);
  });

  it('ignores a report with no slice taken, and a whole picture is one slice', () => {
    const quota = createSliceQuota(5, { edges: 100 });
    quota.report(1000);
    expect(quota.size('edges')).toBe(100);
    expect(WHOLE.take('edges', 12_345)).toBe(12_345);
  });

  it('puts nearby zooms in one band and far ones apart', () => {
    expect(zoomBand(1)).toBe(zoomBand(1.1));
    expect(zoomBand(1)).not.toBe(zoomBand(2));
    expect(zoomBand(0.25)).not.toBe(zoomBand(0.5));
  });
});

describe('where the cached picture goes', () => {
  const margin = { x: 100, y: 50 };
  it('is moved, not redrawn, by a pan within its margin, and needs redrawing beyond it', () => {
    const at = { x: 0, y: 0, k: 1 };
    expect(placement(at, margin, { x: 60, y: -40, k: 1 })).toMatchObject({ sameScale: true, inside: true, left: -40, top: -90, r: 1 });
    expect(placement(at, margin, { x: 160, y: 0, k: 1 }).inside).toBe(false);
  });

  it('is scaled about the right point by a zoom', () => {
    // Drawn at k = 1 with the layout origin at screen (0, 0); zoomed to k = 2 about the origin.
    const p = placement({ x: 0, y: 0, k: 1 }, margin, { x: 0, y: 0, k: 2 });
    expect(p).toMatchObject({ sameScale: false, r: 2, left: -200, top: -100 });
  });
});

describe('the links on a canvas map, sliced', () => {
  const nodes = Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, kind: 'factor', label: `n${i}` }) as unknown as MapNode);
  const edges = Array.from(
    { length: 120 },
    (_, i) => ({ id: `e${i}`, from: `n${i % 40}`, to: `n${(i * 7 + 3) % 40}`, kind: 'link', polarity: i % 3 === 0 ? '-' : '+', inferred: i % 5 === 0 }) as unknown as MapEdge,
  ).filter((e) => e.from !== e.to);
  const positions = new Map(nodes.map((n, i) => [n.id, { x: (i % 8) * 60, y: Math.floor(i / 8) * 60 }]));
  const scene = (selectedId: string | null): CanvasScene => ({
    nodes,
    positions,
    visibility: { nodes: new Set(nodes.map((n) => n.id)), edges: new Set(edges.map((e) => e.id)), dimmed: new Set() },
    display: { hoveredId: null, selectedId, neighbours: new Map(), pinned: new Set(), actionsFor: new Set() },
    highlight: null,
    impact: null,
    transform: { x: 0, y: 0, k: 1 },
    focusedId: null,
    outcome: undefined,
    radiusOf: () => 8,
    drawnEdges: edges,
  });
  const view = { x0: -100, y0: -100, x1: 600, y1: 400 };

  it('sorts every link on screen into one bucket per look, faded ones first and the selected last', () => {
    const buckets = bucketEdges(scene('n3'), view);
    expect(buckets.reduce((sum, b) => sum + b.curves.length, 0)).toBe(edges.length);
    expect(new Set(buckets.map((b) => b.style.key)).size).toBe(buckets.length);
    const emphasis = buckets.map((b) => b.style.key.split('|')[3]);
    expect(emphasis.indexOf('faded')).toBe(0);
    expect(emphasis.lastIndexOf('faded')).toBeLessThan(emphasis.indexOf('normal'));
  });

  it('strokes the same links whether drawn at once or in small slices', () => {
    const stroked = (quota: Parameters<typeof edgeSlices>[3]) => {
      let moves = 0;
      let strokes = 0;
      const ctx = new Proxy(
        {},
        {
          get: (_t, name) => (name === 'moveTo' ? () => moves++ : name === 'stroke' ? () => strokes++ : () => undefined),
          set: () => true,
        },
      ) as CanvasRenderingContext2D;
      let yields = 0;
      const steps = edgeSlices(ctx, scene(null), view, quota);
      while (!steps.next().done) yields++;
      return { moves, strokes, yields };
    };
    const whole = stroked(WHOLE);
    const sliced = stroked(createSliceQuota(5, { curves: 10, 'edges@0': 7 }, { min: 7, max: 7 }));
    expect(sliced.moves).toBe(whole.moves);
    expect(sliced.strokes).toBeGreaterThan(whole.strokes);
    expect(sliced.yields).toBeGreaterThan(whole.yields + 10);
  });
});

describe('labels placed a slice at a time', () => {
  it('are the same labels placeLabels chooses', () => {
    const candidates: LabelCandidate[] = Array.from({ length: 300 }, (_, i) => ({
      id: `n${i}`,
      at: { x: (i * 37) % 500, y: (i * 53) % 400 },
      radius: 6,
      lines: [`factor ${i}`],
      side: 'right',
      font: 11,
      priority: i % 7,
    }));
    const steps = placeInSlices(candidates.slice(0, 200), candidates, createSliceQuota(5, { placing: 15 }, { min: 15, max: 15 }));
    let step = steps.next();
    let yields = 0;
    for (; !step.done; step = steps.next()) yields++;
    expect(yields).toBeGreaterThan(10);
    expect([...step.value].sort()).toEqual([...placeLabels(candidates.slice(0, 200), candidates)].sort());
  });
});
