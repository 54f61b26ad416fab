import { describe, expect, it } from 'vitest';
import { countCitations, formatIssue, parseDataset, type Dataset } from '../../../src/model';
import { smallMap } from '../../fixtures/loadFixture';

type Loose = Record<string, unknown>;

const review = {
  id: 'a-review',
  title: 'A made-up meta-analysis',
  kind: 'review',
  external: true,
  study: 'meta-analysis',
  publisher: 'A made-up publisher',
  date: '2020',
  url: 'https://example.org/review',
  read: '2026-11-30',
  caveat: 'Made up for tests: studies from one country.',
};

const summary = {
  source: 'a-review',
  finding: 'People who took part reoffended less than those who did not.',
  locator: 'Table 2',
  effect: { measure: 'odds ratio, any reoffending', value: '0.8', interval: '0.7 to 0.9', studies: '12 studies' },
  direction: 'reduces',
  outcome: 'reoffending',
};

/** The fixture with one external source, summarised in the first intervention's evidence. */
function withReview(change: (citation: Loose, dataset: Dataset & Loose) => void = () => {}): string[] {
  const dataset = smallMap() as Dataset & Loose;
  (dataset.sources as Loose[]).push({ ...review });
  const citation: Loose = structuredClone(summary);
  (dataset.interventions[0]!.evidence.citations as Loose[]).push(citation);
  change(citation, dataset);
  const result = parseDataset(dataset);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('external sources: a researcher cites a review that is not stored here', () => {
  it('accepts a summary in our own words with a locator and an effect figure', () => {
    expect(withReview()).toEqual([]);
  });

  it('refuses an external citation that carries a quote, naming the record and field', () => {
    expect(withReview((c) => (c.quote = 'copied words from the review'))).toContainEqual(
      expect.stringContaining('interventions[0] "peer-mentors", field "evidence.citations[1].quote"'),
    );
    const problems = withReview((c) => {
      delete c.finding;
      delete c.locator;
      delete c.effect;
      delete c.direction;
      delete c.outcome;
      c.quote = 'copied words from the review';
    });
    expect(problems).toEqual([
      'interventions[0] "peer-mentors", field "evidence.citations[1].quote": found "copied words from the review"; expected no quote from external source "a-review": it is not stored here, so write what it found in our own words as "finding", with a "locator"',
    ]);
  });

  it('refuses a summary without a locator, with a located error', () => {
    expect(withReview((c) => delete c.locator)).toEqual([
      'interventions[0] "peer-mentors", field "evidence.citations[1].locator": found nothing (the field is missing); expected a locator for the finding (chapter, section, page or table) so a reader can check it',
    ]);
  });

  it('refuses an effect figure without a measure', () => {
    expect(withReview((c) => delete (c.effect as Loose).measure)).toEqual([
      'interventions[0] "peer-mentors", field "evidence.citations[1].effect.measure": found nothing (the field is missing); expected text',
    ]);
  });

  it('refuses a file on an external source and asks for its address, study and date read', () => {
    const problems = withReview((_, d) => {
      const source = (d.sources as Loose[])[2]!;
      source.file = 'copy.txt';
      delete source.url;
      delete source.study;
      delete source.read;
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('sources[2] "a-review", field "file"'),
        expect.stringContaining('sources[2] "a-review", field "url"'),
        expect.stringContaining('sources[2] "a-review", field "study"'),
        expect.stringContaining('sources[2] "a-review", field "read"'),
      ]),
    );
  });

  it('refuses a summary of a source that is stored here, which should be quoted instead', () => {
    expect(withReview((c) => (c.source = 'interviews'))).toEqual([
      expect.stringContaining('field "evidence.citations[1].finding"'),
    ]);
  });

  it('refuses a rating basis naming a source the evidence does not cite', () => {
    expect(
      withReview((_, d) => ((d.interventions[0]!.evidence as Loose).basis = { restsOn: 'research', sources: ['provider-note'] })),
    ).toEqual([expect.stringContaining('field "evidence.basis.sources[0]": found "provider-note"; expected a source cited in evidence.citations')]);
  });

  it('counts quotes that can be checked word for word apart from summaries that cannot', () => {
    const dataset = smallMap() as Dataset & Loose;
    const before = countCitations(dataset);
    (dataset.sources as Loose[]).push({ ...review });
    (dataset.interventions[0]!.evidence.citations as Loose[]).push(structuredClone(summary));
    (dataset.links[0]!.citations as Loose[]).push(structuredClone(summary));
    const result = parseDataset(dataset);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(countCitations(result.dataset)).toEqual({ ...before, summaries: before.summaries + 2 });
  });
});
