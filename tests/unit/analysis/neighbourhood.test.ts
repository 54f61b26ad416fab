import { describe, expect, it } from 'vitest';
import { NO_FILTER, buildMapGraph, filterView, focusView, neighbourhood } from '../../../src/analysis';
import { smallMap } from '../../fixtures/loadFixture';

const dataset = smallMap();
const graph = buildMapGraph(dataset);
const everything = filterView(dataset, graph, NO_FILTER);
const near = (id: string, depth: 1 | 2 | 3, direction: 'in' | 'out' | 'both', within = everything.nodes) =>
  [...neighbourhood(graph, within, { id, depth, direction })].sort();

describe('focus: a node and its neighbourhood', () => {
  it('follows links both ways to depth 1', () => {
    expect(near('recall', 1, 'both')).toEqual(['homeless-on-release', 'missed-appointments', 'recall']);
  });

  it('follows only outgoing links, to depth 2', () => {
    expect(near('fear-of-recall', 2, 'out')).toEqual(['fear-of-recall', 'hidden-problems', 'unmet-needs']);
  });

  it('follows only incoming links, including the interventions acting on a factor', () => {
    expect(near('trusted-worker', 1, 'in')).toEqual(['peer-mentors', 'trusted-worker']);
  });

  it('goes deeper with depth 3', () => {
    expect(near('fear-of-recall', 3, 'out')).toEqual(['drug-use', 'fear-of-recall', 'hidden-problems', 'reoffending', 'unmet-needs']);
  });

  it('does not pass through a filtered-out node', () => {
    const within = new Set([...everything.nodes].filter((id) => id !== 'hidden-problems'));
    expect(near('fear-of-recall', 3, 'out', within)).toEqual(['fear-of-recall']);
  });

  it('hides everything outside the neighbourhood, with only the edges inside it', () => {
    const v = focusView(graph, everything, { id: 'recall', depth: 1, direction: 'both' });
    expect(v.nodes.size).toBe(3);
    expect([...v.edges].sort()).toEqual(['homeless-on-release-to-missed-appointments', 'missed-appointments-to-recall', 'recall-to-homeless-on-release']);
    expect([v.factorsShown, v.interventionsShown]).toEqual([3, 0]);
  });

  it('is empty for an unknown focus', () => {
    expect(near('no-such-node', 2, 'both')).toEqual([]);
  });
});
