import { describe, expect, it } from 'vitest';
import type { MapEdge, MapNode } from '../../../src/analysis';
import { journeyLayout, quickJourneyLayout } from '../../../src/map/layout/journeyLayout';
import { createGlide } from '../../../src/map/layout/glide';

const factor = (i: number): MapNode => ({ id: `f${i}`, kind: 'factor', label: `Factor ${i}`, group: 'health', stageIndices: [i % 4], degree: 2 });
const intervention = (i: number): MapNode => ({ id: `i${i}`, kind: 'intervention', label: `Intervention ${i}`, group: 'housing', stageIndices: [0], degree: 1 });
const link = (from: number, to: number): MapEdge => ({ id: `l${from}-${to}`, kind: 'link', from: `f${from}`, to: `f${to}`, polarity: '+', inferred: false });

function graph(n: number) {
  const nodes = [...Array.from({ length: n }, (_, i) => factor(i)), intervention(0), intervention(1)];
  const edges = Array.from({ length: n }, (_, i) => link(i, (i + 7) % n));
  return { nodes, edges, stageCount: 4 };
}

describe('a large map’s first picture, before its journey layout is ready', () => {
  it('puts each factor in its own stage’s column, in list order, and the interventions in the lane below', () => {
    const options = graph(400);
    const quick = quickJourneyLayout(options);
    const final = journeyLayout(options);
    expect(quick.positions.size).toBe(options.nodes.length);
    for (const node of options.nodes) {
      const at = quick.positions.get(node.id)!;
      expect(Number.isFinite(at.x) && Number.isFinite(at.y)).toBe(true);
      if (node.kind === 'factor') {
        const column = quick.geometry.columns[node.stageIndices[0]!]!;
        expect(at.x).toBeGreaterThanOrEqual(column.x0);
        expect(at.x).toBeLessThanOrEqual(column.x1);
      } else expect(at.y).toBeGreaterThan(quick.geometry.lane.y0);
    }
    // Same columns as the finished layout, so nodes move within their stage, not across the map.
    expect(quick.geometry.columns).toHaveLength(final.geometry.columns.length);
    const ys = options.nodes.filter((n) => n.kind === 'factor' && n.stageIndices[0] === 1).map((n) => quick.positions.get(n.id)!);
    const firstSubColumn = ys.filter((p) => p.x === ys[0]!.x).map((p) => p.y);
    expect([...firstSubColumn].sort((a, b) => a - b)).toEqual(firstSubColumn);
  });
});

describe('nodes glide from the first picture to their places', () => {
  function manualFrames() {
    let clock = 0;
    const queued: Array<() => void> = [];
    return {
      frames: { request: (run: () => void) => queued.push(run), cancel: () => void queued.splice(0), now: () => clock },
      step(ms: number) {
        clock += ms;
        queued.splice(0).forEach((run) => run());
      },
      waiting: () => queued.length,
    };
  }

  it('shows every node where it was at first, part way along meanwhile, and exactly in place at the end', () => {
    const manual = manualFrames();
    const from = new Map([['a', { x: 0, y: 0 }]]);
    const to = new Map([
      ['a', { x: 100, y: 50 }],
      ['new', { x: 7, y: 7 }],
    ]);
    const painted: Array<ReadonlyMap<string, { x: number; y: number }>> = [];
    const glide = createGlide({ from, ms: 600, paint: () => painted.push(glide.blend(to)), frames: manual.frames });
    expect(glide.blend(to).get('a')).toEqual({ x: 0, y: 0 });
    expect(glide.blend(to).get('new')).toEqual({ x: 7, y: 7 });
    glide.start();
    manual.step(300);
    const middle = painted.at(-1)!.get('a')!;
    expect(middle.x).toBeGreaterThan(0);
    expect(middle.x).toBeLessThan(100);
    for (let i = 0; i < 20 && manual.waiting() > 0; i++) manual.step(100);
    expect(painted.at(-1)!.get('a')).toEqual({ x: 100, y: 50 });
    expect(manual.waiting()).toBe(0);
  });
});
