import { describe, expect, it } from 'vitest';
import { highlightOf } from '../../../src/store';
import { smallMap } from '../../fixtures/loadFixture';

describe('what the map traces', () => {
  it('numbers a loop’s members in order', () => {
    const traced = highlightOf(smallMap(), 'recall-loop', null)!;
    expect([...traced.steps]).toEqual([
      ['homeless-on-release', 1],
      ['missed-appointments', 2],
      ['recall', 3],
    ]);
    expect(traced.kind).toBe('loop');
  });

  it('numbers each factor on the paths by its fewest steps from the start, and prefers paths to a loop', () => {
    const dataset = smallMap();
    dataset.links.push({ ...dataset.links[0]!, id: 'direct', from: 'homeless-on-release', to: 'reoffending' });
    const traced = highlightOf(dataset, 'recall-loop', { from: 'homeless-on-release', to: 'reoffending' })!;
    expect(traced.kind).toBe('path');
    expect(Object.fromEntries(traced.steps)).toEqual({ 'homeless-on-release': 1, reoffending: 2, 'drug-use': 2 });
    expect([...traced.edges].sort()).toEqual(['direct', 'drug-use-to-reoffending', 'homeless-on-release-to-drug-use']);
  });

  it('traces nothing when nothing is chosen', () => {
    expect(highlightOf(smallMap(), null, null)).toBeNull();
  });
});
