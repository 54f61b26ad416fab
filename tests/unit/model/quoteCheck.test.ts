import { describe, expect, it } from 'vitest';
import { checkQuotes, formatIssue, normaliseForQuoteMatch } from '../../../src/model';
import { smallMap } from '../../fixtures/loadFixture';

const SOURCE_TEXT = `Interview notes.
He said: “I had nowhere to go on release, so I slept in a doorway.”
The mentor’s help mattered — she had been there herself.`;

function datasetQuoting(quote: string) {
  const dataset = smallMap();
  // Only the first source has a file; quote it from one factor and nowhere else.
  for (const item of [...dataset.factors, ...dataset.links, ...dataset.gaps]) item.citations = [{ source: 'provider-note', quote: 'x' }];
  for (const intervention of dataset.interventions) intervention.evidence.citations = [{ source: 'provider-note', quote: 'x' }];
  dataset.factors[0]!.citations = [{ source: 'interviews', quote }];
  return dataset;
}

const texts = new Map([['fixture-interviews.txt', SOURCE_TEXT]]);

describe('quote checker: every citation says what its source says', () => {
  it('finds an exact quote', () => {
    expect(checkQuotes(datasetQuoting('so I slept in a doorway'), texts)).toEqual([]);
  });

  it('ignores differences of whitespace and line breaks', () => {
    expect(checkQuotes(datasetQuoting('Interview   notes. He said:'), texts)).toEqual([]);
  });

  it('ignores typographic versus straight quotes and dashes', () => {
    expect(checkQuotes(datasetQuoting(`"I had nowhere to go on release`), texts)).toEqual([]);
    expect(checkQuotes(datasetQuoting(`The mentor's help mattered - she had`), texts)).toEqual([]);
  });

  it('reports a paraphrase, naming the record and field', () => {
    const issues = checkQuotes(datasetQuoting('I had no place to go on release'), texts);
    expect(issues.map(formatIssue)).toEqual([
      'factors[0] "homeless-on-release", field "citations[0].quote": found "I had no place to go on release"; expected a quote that appears word for word in source "interviews"; copy it exactly from the text',
    ]);
  });

  it('reports a source file that cannot be read', () => {
    const issues = checkQuotes(datasetQuoting('anything'), new Map([['fixture-interviews.txt', undefined]]));
    expect(issues.map(formatIssue)).toEqual([
      'sources[0] "interviews", field "file": found "fixture-interviews.txt", which could not be read; expected the name of a text file in the sources folder',
    ]);
  });

  it('normalises consistently', () => {
    expect(normaliseForQuoteMatch('  “a”\n\t‘b’ – c…  ')).toBe(`"a" 'b' - c...`);
  });
});

describe('quote checker on a file with other problems', () => {
  it('reads every record it can, so a made-up quote is not hidden behind a missing field', () => {
    const raw = JSON.parse(JSON.stringify(datasetQuoting('a quote nobody said'))) as Record<string, unknown>;
    delete raw.meta;
    (raw.factors as Array<Record<string, unknown>>)[1] = { id: 'broken', citations: 'not a list' };
    (raw.links as unknown[]).push(null, 42);
    const issues = checkQuotes(raw, texts).map(formatIssue);
    expect(issues).toEqual([
      'factors[0] "homeless-on-release", field "citations[0].quote": found "a quote nobody said"; expected a quote that appears word for word in source "interviews"; copy it exactly from the text',
    ]);
  });

  it('never throws on input that is not a dataset at all', () => {
    for (const input of [null, 42, 'text', [], { factors: 'x', sources: [{ file: '../../etc/passwd.txt' }] }]) {
      expect(checkQuotes(input, texts)).toEqual([]);
    }
  });
});
