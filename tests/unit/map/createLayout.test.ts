import { describe, expect, it } from 'vitest';
import { buildMapGraph } from '../../../src/analysis';
import type { Dataset } from '../../../src/model';
import { createLayout } from '../../../src/map/layout/createLayout';
import { settledPositions } from '../../../src/map/layout/datasetLayout';
import { smallMap } from '../../fixtures/loadFixture';

function layoutOf(dataset: Dataset, seed = 1, pinned?: Record<string, { x: number; y: number }>) {
  const graph = buildMapGraph(dataset);
  const layout = createLayout({ nodes: graph.nodes, edges: graph.edges, stageCount: dataset.vocabularies.stages.length, seed, pinned });
  layout.settle();
  return layout;
}

/** The dataset with one more factor, linked to one existing factor, in that factor's stage. */
function withOneMoreFactor(dataset: Dataset): Dataset {
  const anchor = dataset.factors.find((f) => f.id !== dataset.meta.outcome)!;
  const citations = anchor.citations.slice(0, 1);
  return {
    ...dataset,
    factors: [...dataset.factors, { ...anchor, id: 'added-factor', label: 'A newly added factor', citations }],
    links: [...dataset.links, { id: 'added-link', from: 'added-factor', to: anchor.id, polarity: '+', basis: 'stated', description: 'Added.', citations }],
  };
}

describe('layout: the same dataset always gives the same picture', () => {
  it('is identical each time, without any published positions', () => {
    const a = layoutOf(smallMap()).positions();
    const b = layoutOf(smallMap(), 99).positions();
    expect([...b]).toEqual([...a]);
  });

  it('gives every node a finite position and keeps nodes apart', () => {
    const points = [...layoutOf(smallMap()).positions().values()];
    expect(points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        expect(Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y)).toBeGreaterThan(15);
      }
    }
  });

  it('places factors in their journey stage’s column, left to right, and interventions below them', () => {
    const dataset = smallMap();
    const layout = layoutOf(dataset);
    const positions = layout.positions();
    const { columns, lane } = layout.geometry();
    const stages = dataset.vocabularies.stages.map((s) => s.id);
    for (const factor of dataset.factors) {
      const column = columns[stages.indexOf(factor.stage)]!;
      const at = positions.get(factor.id)!;
      expect(at.x, factor.id).toBeGreaterThanOrEqual(column.x0);
      expect(at.x, factor.id).toBeLessThanOrEqual(column.x1);
    }
    for (const intervention of dataset.interventions) expect(positions.get(intervention.id)!.y).toBeGreaterThan(lane.y0);
  });

  it('honours published positions exactly', () => {
    const positions = layoutOf(smallMap(), 5, { recall: { x: 123, y: -45 } }).positions();
    expect(positions.get('recall')).toEqual({ x: 123, y: -45 });
  });

  it('pins a dragged node, and sends it back to its place on release', () => {
    const layout = layoutOf(smallMap());
    const home = layout.positions().get('recall')!;
    layout.pin('recall', { x: 10, y: 20 });
    layout.settle();
    expect(layout.positions().get('recall')).toEqual({ x: 10, y: 20 });
    layout.release('recall');
    layout.settle();
    expect(layout.positions().get('recall')).toEqual(home);
  });
});

describe('a published layout stays put', () => {
  it('adding one factor linked to one existing factor moves no other node', () => {
    const dataset = smallMap();
    const published = { ...dataset, positions: Object.fromEntries(settledPositions(dataset)) };
    const before = settledPositions(published);
    const after = settledPositions(withOneMoreFactor(published));
    for (const [id, p] of before) {
      const q = after.get(id)!;
      expect(Math.hypot(q.x - p.x, q.y - p.y), id).toBeLessThanOrEqual(2);
    }
  });

  it('places the new factor near the factor it links to, and not on top of any node', () => {
    const dataset = smallMap();
    const published = { ...dataset, positions: Object.fromEntries(settledPositions(dataset)) };
    const grown = withOneMoreFactor(published);
    const after = settledPositions(grown);
    const added = after.get('added-factor')!;
    const anchor = after.get(grown.links.at(-1)!.to)!;
    const others = [...after].filter(([id]) => id !== 'added-factor').map(([, p]) => Math.hypot(p.x - added.x, p.y - added.y));
    expect(Math.min(...others)).toBeGreaterThan(15);
    expect(Math.hypot(anchor.x - added.x, anchor.y - added.y)).toBeLessThan(400);
  });
});
