import { describe, expect, it } from 'vitest';
import { buildMapGraph } from '../../../src/analysis';
import { createLayout } from '../../../src/map/layout/createLayout';
import { columnX } from '../../../src/map/layout/stageColumns';
import { smallMap } from '../../fixtures/loadFixture';

function settledPositions(seed: number, pinned?: Record<string, { x: number; y: number }>) {
  const dataset = smallMap();
  const graph = buildMapGraph(dataset);
  const layout = createLayout({ nodes: graph.nodes, edges: graph.edges, stageCount: dataset.vocabularies.stages.length, seed, pinned });
  layout.settle();
  return { layout, positions: layout.positions(), graph, dataset };
}

describe('layout: the same dataset always gives the same picture', () => {
  it('is identical for the same seed', () => {
    const a = settledPositions(42).positions;
    const b = settledPositions(42).positions;
    for (const [id, p] of a) {
      expect(b.get(id)!.x).toBeCloseTo(p.x, 6);
      expect(b.get(id)!.y).toBeCloseTo(p.y, 6);
    }
  });

  it('gives every node a finite position and keeps nodes apart', () => {
    const { positions } = settledPositions(7);
    const points = [...positions.values()];
    expect(points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        expect(Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y)).toBeGreaterThan(15);
      }
    }
  });

  it('places factors in the column of their journey stage, left to right', () => {
    const { positions, dataset } = settledPositions(3);
    const stages = dataset.vocabularies.stages.map((s) => s.id);
    for (const factor of dataset.factors) {
      const expected = columnX(stages.indexOf(factor.stage), stages.length);
      expect(Math.abs(positions.get(factor.id)!.x - expected), factor.id).toBeLessThan(200);
    }
    // "In the community" is the first column, "On probation" the last.
    expect(positions.get('drug-use')!.x).toBeLessThan(positions.get('fear-of-recall')!.x);
  });

  it('honours pinned positions from the dataset exactly', () => {
    const { positions } = settledPositions(5, { recall: { x: 123, y: -45 } });
    expect(positions.get('recall')).toEqual({ x: 123, y: -45 });
  });

  it('pins a dragged node and releases it on request', () => {
    const { layout } = settledPositions(9);
    layout.pin('recall', { x: 10, y: 20 });
    layout.settle();
    expect(layout.positions().get('recall')).toEqual({ x: 10, y: 20 });
    layout.release('recall');
    layout.settle();
    const released = layout.positions().get('recall')!;
    expect(Math.hypot(released.x - 10, released.y - 20)).toBeGreaterThan(1);
  });
});
