import { describe, expect, it } from 'vitest';
import { formatIssue, parseDataset } from '../../../src/model';
import { smallMap } from '../../fixtures/loadFixture';

const population = { age: 'adults', place: 'uk' };

function withEstimate(estimate: Record<string, unknown>) {
  const d = smallMap() as unknown as { sources: Array<Record<string, unknown>>; interventions: Array<{ evidence: { citations: unknown[] } }> };
  d.sources.push({ id: 'a-review', title: 'A review', kind: 'review', external: true, study: 'meta-analysis', url: 'https://example.org/review', read: '2026-01-01', caveat: 'c' });
  d.interventions[0]!.evidence.citations.push({
    source: 'a-review',
    finding: 'It found fewer people reoffended.',
    locator: 'Table 2',
    outcome: 'reoffending',
    estimate: { measure: 'pp-difference', population, outcome: 'proven reoffending', reported: '30% against 43%', ...estimate },
  });
  return parseDataset(d);
}

function messages(result: ReturnType<typeof parseDataset>): string[] {
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('the validator checks structured effects and names the record and field', () => {
  it('accepts rates that agree with their difference', () => {
    expect(withEstimate({ value: -13, rates: { intervention: 30, comparison: 43 }, interval: { low: -18, high: -8 } }).ok).toBe(true);
  });

  it('refuses rates that disagree with their difference, saying which field and what it should be', () => {
    const [message] = messages(withEstimate({ value: -8.4, rates: { intervention: 30, comparison: 43 } }));
    expect(message).toMatch(/^interventions\[0\] "[^"]+", field "evidence\.citations\[\d+\]\.estimate\.value"/);
    expect(message).toContain('-13');
  });

  it('refuses an interval that does not contain its estimate', () => {
    expect(messages(withEstimate({ value: -13, interval: { low: -10, high: -2 } })).join('\n')).toMatch(/estimate\.interval.*contains the estimate -13/);
  });

  it('refuses a ratio of zero or less and a percentage over 100', () => {
    expect(messages(withEstimate({ measure: 'odds-ratio', value: 0 })).join('\n')).toMatch(/estimate\.value.*a ratio above 0/);
    expect(messages(withEstimate({ value: -5, rates: { intervention: 130, comparison: 43 } })).join('\n')).toMatch(/rates\.intervention.*no greater than 100/);
  });

  it('refuses an estimate on a quote: figures belong to summarised findings', () => {
    const d = smallMap() as unknown as { interventions: Array<{ evidence: { citations: Array<Record<string, unknown>> } }> };
    const quote = d.interventions[0]!.evidence.citations.find((c) => 'quote' in c)!;
    quote.estimate = { measure: 'risk-ratio', value: 0.9, population, outcome: 'o', reported: 'r' };
    expect(messages(parseDataset(d)).join('\n')).toContain('no estimate on a quote');
  });
});
