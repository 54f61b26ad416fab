import { describe, expect, it } from 'vitest';
import { costPerPersonKept, keptFromReoffending, keptSpreadWords } from '../../../src/analysis/costPerPersonKept';
import {
  costOf,
  impactOf,
  levelForChange,
  outcomeVerdict,
  pushTable,
  buildFactorGraph,
  whatIf,
  toRelativeChange,
} from '../../../src/analysis';
import { costBandFor, describeCostBand, outcomeWeight, type Citation, type Estimate, type Intervention } from '../../../src/model';
import { smallMap } from '../../fixtures/loadFixture';

const population = { age: 'adults', place: 'uk' } as const;

function estimate(over: Partial<Estimate>): Estimate {
  return { measure: 'pp-difference', value: -5, population, outcome: 'proven reoffending within a year', reported: 'as reported', ...over };
}

function finding(est: Estimate, source = 'review'): Citation {
  return { source, finding: 'what it found', locator: 'p. 1', outcome: 'reoffending', estimate: est };
}

function intervention(citations: Citation[], over: Partial<Intervention> = {}): Intervention {
  return {
    id: 'x',
    label: 'X',
    type: 't',
    domain: 'd',
    stages: ['s'],
    description: 'x',
    targets: [{ factor: 'f', effect: 'lowers' }],
    evidence: { strength: 'moderate', summary: 's', citations },
    ...over,
  };
}

describe('the impact rule: one common measure, written cut-offs', () => {
  it('puts each measure on the relative change in the share who reoffend', () => {
    expect(toRelativeChange(estimate({ measure: 'pp-difference', value: -13, rates: { intervention: 30, comparison: 43 } }))?.value).toBeCloseTo(-30.23, 1);
    expect(toRelativeChange(estimate({ measure: 'risk-ratio', value: 0.9 }))?.value).toBeCloseTo(-10, 5);
    expect(toRelativeChange(estimate({ measure: 'relative-change', value: -8.4 }))?.value).toBe(-8.4);
    // An odds ratio converts exactly with the comparison rate, and only approximately without it.
    const exact = toRelativeChange(estimate({ measure: 'odds-ratio', value: 0.5, rates: { intervention: 25, comparison: 40 } }));
    expect(exact?.approximate).toBe(false);
    expect(exact?.value).toBeCloseTo(-37.5, 0);
    expect(toRelativeChange(estimate({ measure: 'odds-ratio', value: 0.5 }))?.approximate).toBe(true);
    // A difference in percentage points needs the comparison rate; reoffences per 100 do not convert.
    expect(toRelativeChange(estimate({ measure: 'pp-difference', value: -5 }))).toBeUndefined();
    expect(toRelativeChange(estimate({ measure: 'reoffences-per-100', value: -5 }))).toBeUndefined();
  });

  it('rates by the cut-offs: harmful, no clear effect, small, moderate, large', () => {
    const level = (value: number, low?: number, high?: number) =>
      levelForChange({ value, approximate: false, how: '', ...(low !== undefined ? { low, high } : {}) });
    expect(level(12, 5, 20)).toBe('harmful');
    expect(level(12, -2, 20)).toBe('no-clear-effect');
    expect(level(-4.9)).toBe('no-clear-effect');
    expect(level(-5)).toBe('small');
    expect(level(-10)).toBe('moderate');
    expect(level(-19.9)).toBe('moderate');
    expect(level(-20)).toBe('large');
    expect(level(-30, -45, 2)).toBe('no-clear-effect');
  });

  it('rests on the finding with the most studies, and says not known without an estimate', () => {
    const single = finding(estimate({ measure: 'risk-ratio', value: 0.7, sampleSize: 300 }), 'one-study');
    const review = finding(estimate({ measure: 'risk-ratio', value: 0.93, studies: 20 }), 'big-review');
    const impact = impactOf(intervention([single, review]));
    expect(impact.level).toBe('small');
    expect(impact.primary?.citation.source).toBe('big-review');
    expect(impact.spread?.low).toBeCloseTo(-30, 5);
    expect(impactOf(intervention([{ source: 's', quote: 'q' }])).level).toBe('not-known');
    // Harm or no clear effect recorded without a figure still shows as such, never as "not known".
    const recorded = (direction: 'increases' | 'no-clear-effect') =>
      impactOf(intervention([{ source: 's', quote: 'q' }], { evidence: { strength: 'strong', direction, summary: 's', citations: [{ source: 's', quote: 'q' }] } })).level;
    expect(recorded('increases')).toBe('harmful');
    expect(recorded('no-clear-effect')).toBe('no-clear-effect');
    // A finding on an in-between outcome does not count toward impact.
    expect(impactOf(intervention([{ ...review, outcome: 'intermediate' }])).level).toBe('not-known');
  });

  it('caps at small what only an approximate conversion calls moderate or large', () => {
    const impact = impactOf(intervention([finding(estimate({ measure: 'odds-ratio', value: 0.5 }))]));
    expect(impact.level).toBe('small');
    expect(impact.capped).toBe(true);
  });

  it('reads a harmful finding as harmful, whatever the evidence direction field says', () => {
    const harmful = intervention([finding(estimate({ measure: 'odds-ratio', value: 1.68, interval: { low: 1.2, high: 2.36 } }))]);
    expect(impactOf(harmful).level).toBe('harmful');
    expect(outcomeVerdict(harmful)).toBe('harmful');
  });
});

describe('cost bands', () => {
  it('puts pounds per participant in the written bands', () => {
    expect(costBandFor(0)).toBe('very-low');
    expect(costBandFor(499)).toBe('very-low');
    expect(costBandFor(500)).toBe('low');
    expect(costBandFor(4_999)).toBe('moderate');
    expect(costBandFor(5_000)).toBe('high');
    expect(costBandFor(250_000)).toBe('very-high');
    expect(describeCostBand('low')).toBe('£500 to £1,999 per participant');
    expect(describeCostBand('very-high')).toBe('£10,000 or more per participant');
  });

  it('bands only pounds, and says not known when no cost is cited', () => {
    const citation = { source: 's', finding: 'f', locator: 'l' };
    const cost = { perParticipant: { low: 3000, high: 3000 }, priceYear: 2015, covers: 'all', reported: '$3,000', citation };
    expect(costOf(intervention([], { cost: { ...cost, currency: 'USD' } })).band).toBeUndefined();
    expect(costOf(intervention([], { cost: { ...cost, currency: 'GBP' } })).band).toBe('moderate');
    expect(costOf(intervention([])).text).toBe('Not known');
  });

  it('says "price year not stated" where the source does not state one, never the publication year', () => {
    const citation = { source: 's', finding: 'f', locator: 'l' };
    const cost = { perParticipant: { low: 1223, high: 4125 }, currency: 'GBP', covers: 'a place', reported: 'r', citation };
    expect(costOf(intervention([], { cost })).text).toBe('£££ £1,223 to £4,125 per participant (price year not stated)');
    expect(costOf(intervention([], { cost: { ...cost, priceYear: 2019 } })).text).toBe('£££ £1,223 to £4,125 per participant (2019 prices)');
  });
});

describe('cost per person kept from reoffending', () => {
  const title = (id: string) => id;
  const citation = { source: 'costs', finding: 'f', locator: 'l' };
  const withCost = (low: number, high: number, est: Estimate) =>
    intervention([finding(est)], { cost: { perParticipant: { low, high }, currency: 'GBP', priceYear: 2019, covers: 'all', reported: 'r', citation } });

  it('divides cost per participant by the share kept from reoffending, and shows the sum', () => {
    // The working names each source by its title, as the reader finds it, not by its id.
    const result = costPerPersonKept(withCost(1000, 1000, estimate({ value: -10, rates: { intervention: 30, comparison: 40 } })), (id) => `the title of ${id}`)!;
    expect(result.central).toBeCloseTo(10_000, 6);
    expect(result.working).toContain('£1,000 per participant (the title of costs) ÷ 0.1');
    expect(result.working).toContain('= £10,000');
  });

  it('moves the right way as each input changes', () => {
    const base = keptFromReoffending(1000, 1000, { value: 0.1, how: '' })!;
    expect(keptFromReoffending(2000, 2000, { value: 0.1, how: '' })!.central).toBeGreaterThan(base.central);
    expect(keptFromReoffending(1000, 1000, { value: 0.2, how: '' })!.central).toBeLessThan(base.central);
    const ranged = keptFromReoffending(800, 1200, { value: 0.1, fewest: 0.05, most: 0.15, how: '' })!;
    expect(ranged.low).toBeCloseTo(800 / 0.15, 6);
    expect(ranged.high).toBeCloseTo(1200 / 0.05, 6);
    // An interval that includes no effect leaves no upper bound.
    expect(keptFromReoffending(1000, 1000, { value: 0.1, fewest: -0.02, most: 0.2, how: '' })!.high).toBeUndefined();
    expect(keptFromReoffending(1000, 1000, { value: 0, how: '' })).toBeUndefined();
  });

  it('says one figure, not a range, when neither an interval nor a cost range spreads it', () => {
    const single = costPerPersonKept(withCost(1000, 1000, estimate({ value: -10, rates: { intervention: 30, comparison: 40 } })), title)!;
    expect(single.spread).toBe('one-figure');
    expect(keptSpreadWords(single)).toBe('one figure: no interval or spread reported, so no range');
    const costRange = costPerPersonKept(withCost(800, 1200, estimate({ value: -10, rates: { intervention: 30, comparison: 40 } })), title)!;
    expect(costRange.spread).toBe('range');
    expect(keptSpreadWords(costRange)).toBe('£8,000 to £12,000');
  });

  it('gives a finding its source calls not statistically significant no upper bound, whatever its point value', () => {
    const significant = finding(estimate({ value: -10, rates: { intervention: 30, comparison: 40 }, interval: { low: -14, high: -6 } }));
    const notSignificant = { ...significant, direction: 'no-clear-effect' as const };
    const cost = { perParticipant: { low: 1000, high: 1000 }, currency: 'GBP', priceYear: 2019, covers: 'all', reported: 'r', citation };
    const bounded = costPerPersonKept(intervention([significant], { cost }), title)!;
    expect(bounded.high).toBeCloseTo(1000 / 0.06, 6);
    const open = costPerPersonKept(intervention([notSignificant, significant], { cost }), title)!;
    expect(open.finding.citation.direction).toBe('no-clear-effect');
    expect(open.high).toBeUndefined();
    expect(open.spread).toBe('open');
    expect(open.central).toBeCloseTo(10_000, 6);
    expect(keptSpreadWords(open)).toBe('£7,143 or more: no upper bound, as the finding it rests on is not statistically significant');
    expect(open.working).toContain('not statistically significant');
  });

  it('is not computed for an intervention that does not cut reoffending', () => {
    expect(costPerPersonKept(withCost(1000, 1000, estimate({ value: 2, rates: { intervention: 42, comparison: 40 } })), title)).toBeUndefined();
  });
});

describe('direction counts in every calculation: one weights table', () => {
  it('weighs harm below zero, no clear effect at zero, and impact only when asked', () => {
    expect(outcomeWeight('strong', 'harmful').weight).toBe(-1);
    expect(outcomeWeight('strong', 'no-clear-effect').weight).toBe(0);
    expect(outcomeWeight('moderate', 'reduces').weight).toBe(0.75);
    expect(outcomeWeight('moderate', 'reduces', 'small', 'evidence-and-impact').weight).toBe(0.375);
    expect(outcomeWeight('moderate', 'harmful', 'harmful', 'evidence-and-impact').weight).toBe(-0.75);
  });

  it('has a harmful intervention push the outcome the wrong way in a what-if', () => {
    const d = smallMap();
    const first = d.interventions[0]!;
    const outcome = d.meta.outcome;
    const graph = buildFactorGraph(d);
    const before = whatIf(pushTable(d, graph, 'evidence'), [first.id]).get(outcome) ?? 0;
    first.evidence = { ...first.evidence, direction: 'increases' };
    const after = whatIf(pushTable(d, graph, 'evidence'), [first.id]).get(outcome) ?? 0;
    if (before !== 0) expect(Math.sign(after)).toBe(-Math.sign(before));
    else expect(after).toBe(0);
  });
});
