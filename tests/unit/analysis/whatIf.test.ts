import { describe, expect, it } from 'vitest';
import { WHAT_IF, buildFactorGraph, largestEffects, pushTable, shareOn, spreadPush, whatIf } from '../../../src/analysis';
import { EVIDENCE_SCALE, type Dataset, type EvidenceLevel, type Intervention } from '../../../src/model';
import { smallMap } from '../../fixtures/loadFixture';

const cite = [{ source: 'interviews', quote: 'q' }];

function intervention(id: string, strength: EvidenceLevel, targets: Intervention['targets']): Intervention {
  return { id, label: id, type: 'treatment', domain: 'health', stages: ['release'], description: 'x', targets, evidence: { strength, summary: 'x', citations: cite } };
}

/**
 * A small system with answers worked out by hand:
 *   a → b (+), b → out (+), c → out (−), b → a (+)   (a and b reinforce each other)
 */
function system(interventions: Intervention[]): Dataset {
  const d = smallMap();
  d.factors = ['a', 'b', 'c', 'out'].map((id) => ({ id, label: id.toUpperCase(), domain: 'health', stage: 'release', description: id, citations: cite }));
  const link = (from: string, to: string, polarity: '+' | '-') => ({ id: `${from}-${to}`, from, to, polarity, basis: 'stated' as const, description: 'x', citations: cite });
  d.links = [link('a', 'b', '+'), link('b', 'out', '+'), link('c', 'out', '-'), link('b', 'a', '+')];
  d.meta.outcome = 'out';
  d.interventions = interventions;
  d.gaps = [];
  d.loops = [];
  return d;
}

describe('what-if weighted by evidence, on a linear scale', () => {
  it('gives interventions of equal reach different effects when their evidence differs, and equal ones when weighting is off', () => {
    // Both act on the same factor the same way: only their evidence differs.
    const d = system([intervention('sure', 'limited', [{ factor: 'c', effect: 'raises' }]), intervention('unsure', 'testimony', [{ factor: 'c', effect: 'raises' }])]);
    const graph = buildFactorGraph(d);
    const weighted = pushTable(d, graph, 'evidence');
    const structure = pushTable(d, graph, 'structure');
    // Raising c lowers the outcome: the better-evidenced one is the scale's unit (−1).
    expect(shareOn(weighted, ['sure'], 'out')).toBeCloseTo(-1, 6);
    const ratio = EVIDENCE_SCALE.testimony.weight / EVIDENCE_SCALE.limited.weight;
    expect(shareOn(weighted, ['unsure'], 'out')).toBeCloseTo(-ratio, 6);
    expect(Math.abs(shareOn(weighted, ['unsure'], 'out'))).toBeLessThan(Math.abs(shareOn(weighted, ['sure'], 'out')));
    // The map's structure alone cannot tell them apart.
    expect(shareOn(structure, ['sure'], 'out')).toBeCloseTo(-1, 6);
    expect(shareOn(structure, ['unsure'], 'out')).toBeCloseTo(-1, 6);
  });

  it('spreads pushes by the stated rule: shared among outgoing links, signed, halved each step', () => {
    const d = system([intervention('raise-a', 'strong', [{ factor: 'a', effect: 'raises' }])]);
    const raw = spreadPush(buildFactorGraph(d), d.interventions[0]!, 'structure');
    // a +1; b +0.5; b shares between a and out: out +0.125, a +0.125; then a→b +0.0625 …
    expect(raw.get('a')).toBeGreaterThan(1);
    expect(raw.get('b')).toBeCloseTo(0.5 + 0.0625 + 0.0078125, 3);
    expect(raw.get('out')).toBeCloseTo(0.125 + 0.015625 + 0.001953125, 3);
    expect(raw.has('c')).toBe(false);
    // Decay and steps are the documented constants.
    expect(WHAT_IF).toEqual({ DECAY: 0.5, STEPS: 6, EPSILON: 0.001 });
  });

  it('does not saturate: funding two adds their shares, and can pass the strongest single push', () => {
    const d = system([intervention('one', 'limited', [{ factor: 'c', effect: 'raises' }]), intervention('two', 'limited', [{ factor: 'b', effect: 'lowers' }])]);
    const table = pushTable(d, buildFactorGraph(d), 'evidence');
    const alone = shareOn(table, ['one'], 'out') + shareOn(table, ['two'], 'out');
    const together = whatIf(table, ['one', 'two']).get('out')!;
    expect(together).toBeCloseTo(alone, 9);
    expect(together).toBeLessThan(-1);
  });

  it('weighs each push by the evidence weights table, so the structural result scales by it exactly', () => {
    const d = system([intervention('top', 'moderate', [{ factor: 'b', effect: 'lowers' }]), intervention('weak-one', 'weak', [{ factor: 'a', effect: 'lowers' }])]);
    const graph = buildFactorGraph(d);
    const weighted = spreadPush(graph, d.interventions[1]!, 'evidence');
    const structural = spreadPush(graph, d.interventions[1]!, 'structure');
    for (const [factor, value] of structural) expect(weighted.get(factor)).toBeCloseTo(value * EVIDENCE_SCALE.weak.weight, 9);
  });

  it('does nothing when nothing is funded, and lists the largest effects first', () => {
    const d = system([intervention('raise-a', 'limited', [{ factor: 'a', effect: 'raises' }])]);
    const table = pushTable(d, buildFactorGraph(d), 'evidence');
    expect(whatIf(table, []).size).toBe(0);
    const effects = whatIf(table, ['raise-a']);
    expect(largestEffects(effects).map((e) => e.factor)).toEqual(['a', 'b', 'out']);
    expect(effects.get('out')).toBeCloseTo(1, 6);
  });
});
