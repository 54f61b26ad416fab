import { describe, expect, it } from 'vitest';
import { impactOf } from '../../../src/analysis';
import { smallMap } from '../../fixtures/loadFixture';

/** impactOf is asked on every paint (verdict, leverage, what-if, the caution mark): an intervention is rated once. */
describe('an intervention’s impact rating is kept per intervention', () => {
  it('gives the very same rating for the same findings, and a fresh one for an edited copy', () => {
    const intervention = smallMap().interventions[0]!;
    const first = impactOf(intervention);
    expect(impactOf(intervention)).toBe(first);
    // An edit makes a new object (the store never changes a dataset in place): it is rated afresh.
    const edited = { ...intervention, evidence: { ...intervention.evidence, direction: 'increases' as const, citations: [] } };
    expect(impactOf(edited)).not.toBe(first);
    expect(impactOf(edited).level).toBe('harmful');
    expect(impactOf(intervention)).toBe(first);
    // The same findings under the same direction share one rating, whichever object carries them.
    expect(impactOf({ ...intervention, label: 'Renamed' })).toBe(first);
  });

  it('rates afresh when the recorded direction is set in place', () => {
    const intervention = { ...smallMap().interventions[0]!, evidence: { ...smallMap().interventions[0]!.evidence, citations: [], direction: 'no-clear-effect' as const } };
    expect(impactOf(intervention).level).toBe('no-clear-effect');
    (intervention.evidence as { direction?: string }).direction = 'increases';
    expect(impactOf(intervention).level).toBe('harmful');
  });
});
