import { describe, expect, it } from 'vitest';
import { buildMapGraph } from '../../../src/analysis';
import { createLayout } from '../../../src/map/layout/createLayout';
import { usablePositions } from '../../../src/map/layout/publishedScale';
import { smallMap } from '../../fixtures/loadFixture';

const nearestGap = (points: { x: number; y: number }[]) =>
  points.map((p, i) => Math.min(...points.filter((_, j) => j !== i).map((q) => Math.hypot(q.x - p.x, q.y - p.y))));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A grid of positions `gap` apart, far from the origin, as Kumu writes them. */
function grid(count: number, gap: number, origin = { x: -9000, y: 2000 }) {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`n${i}`, { x: origin.x + (i % 10) * gap, y: origin.y + Math.floor(i / 10) * gap }]));
}

describe('published positions from another tool', () => {
  it('keeps a map drawn at this map’s own spacing exactly as published', () => {
    const own = grid(30, 40);
    expect(usablePositions(own)).toBe(own);
  });

  it('scales a Kumu-sized picture (220 apart) as a whole to a spacing labels can live with, keeping its shape', () => {
    const kumu = grid(40, 220);
    const usable = usablePositions(kumu)!;
    const gaps = nearestGap(Object.values(usable));
    expect(median(gaps)).toBeLessThanOrEqual(120);
    expect(median(gaps)).toBeGreaterThanOrEqual(20);
    // The same picture: every distance shrinks by one factor.
    const ratio = (usable.n11!.x - usable.n0!.x) / (kumu.n11!.x - kumu.n0!.x);
    expect((usable.n39!.y - usable.n0!.y) / (kumu.n39!.y - kumu.n0!.y)).toBeCloseTo(ratio, 6);
  });

  it('sets aside positions that stack most nodes on a few points, so the map is laid out afresh', () => {
    const stacked = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`n${i}`, { x: i % 3, y: 0 }]));
    expect(usablePositions(stacked)).toBeUndefined();
  });

  it('lays out afresh, in the journey’s columns, a map whose published positions are all on one point', () => {
    const dataset = smallMap();
    const graph = buildMapGraph(dataset);
    const onePoint = Object.fromEntries(graph.nodes.map((n) => [n.id, { x: 5, y: 5 }]));
    const layout = createLayout({ nodes: graph.nodes, edges: graph.edges, stageCount: dataset.vocabularies.stages.length, seed: 1, pinned: onePoint });
    layout.settle();
    const points = [...layout.positions().values()];
    expect(Math.min(...nearestGap(points))).toBeGreaterThan(15);
    expect(layout.geometry().columns.length).toBe(dataset.vocabularies.stages.length);
  });

  it('draws no stage columns behind a map drawn freely elsewhere, and its extent holds every node', () => {
    const dataset = smallMap();
    const graph = buildMapGraph(dataset);
    const free = Object.fromEntries(graph.nodes.map((n, i) => [n.id, { x: -5000 + (i % 4) * 200, y: 3000 + Math.floor(i / 4) * 200 }]));
    const layout = createLayout({ nodes: graph.nodes, edges: graph.edges, stageCount: dataset.vocabularies.stages.length, seed: 1, pinned: free });
    layout.settle();
    const { columns, extent } = layout.geometry();
    expect(columns).toEqual([]);
    for (const p of layout.positions().values()) {
      expect(p.x).toBeGreaterThan(extent.x0);
      expect(p.x).toBeLessThan(extent.x1);
      expect(p.y).toBeGreaterThan(extent.y0);
      expect(p.y).toBeLessThan(extent.y1);
    }
  });
});
