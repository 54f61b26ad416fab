import { describe, expect, it } from 'vitest';
import { buildMapGraph } from '../../../src/analysis';
import { smallMap } from '../../fixtures/loadFixture';

describe('the map graph', () => {
  it('has a node per factor and intervention and an edge per link and target', () => {
    const dataset = smallMap();
    const graph = buildMapGraph(dataset);
    expect(graph.nodes).toHaveLength(dataset.factors.length + dataset.interventions.length);
    const targets = dataset.interventions.reduce((n, i) => n + i.targets.length, 0);
    expect(graph.edges).toHaveLength(dataset.links.length + targets);
  });

  it('reads "lowers" as a negative action and counts degree both ways', () => {
    const graph = buildMapGraph(smallMap());
    const action = graph.edges.find((e) => e.from === 'housing-on-release')!;
    expect(action).toMatchObject({ kind: 'action', to: 'homeless-on-release', polarity: '-' });
    // homeless-on-release: 2 out, 1 in (recall), 1 action.
    expect(graph.nodes.find((n) => n.id === 'homeless-on-release')!.degree).toBe(4);
    expect([...graph.neighbours.get('homeless-on-release')!].sort()).toEqual(['drug-use', 'housing-on-release', 'missed-appointments', 'recall']);
  });

  it('marks inferred links', () => {
    const graph = buildMapGraph(smallMap());
    expect(graph.edges.find((e) => e.id === 'hidden-problems-to-unmet-needs')!.inferred).toBe(true);
  });
});
