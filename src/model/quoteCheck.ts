import type { Dataset } from './types';
import type { DatasetIssue } from './datasetIssue';
import { describeValue } from './datasetIssue';
import { citationSites, sourceFiles } from './citationSites';

/**
 * Checks that every citation's quote stands in its source's text. Differences a reader would not
 * call a misquote are ignored: runs of whitespace and line breaks, and typographic versus straight
 * quotes and dashes.
 */
export function normaliseForQuoteMatch(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * `texts` maps a source's `file` name to its contents (or undefined when it could not be read).
 * Sources without a `file` are skipped: there is nothing to check them against.
 *
 * Takes the parsed JSON as it is, valid or not: the check reads every source and citation it can,
 * so a made-up quote is reported beside the structural problems rather than hidden behind them.
 */
export function checkQuotes(dataset: unknown, texts: ReadonlyMap<string, string | undefined>): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const normalised = new Map<string, string | undefined>();
  for (const { record, id, file } of sourceFiles(dataset)) {
    const text = texts.get(file);
    if (text === undefined) {
      issues.push({
        record,
        field: 'file',
        found: `${describeValue(file)}, which could not be read`,
        expected: 'the name of a text file in the sources folder',
      });
    }
    if (id !== undefined) normalised.set(id, text === undefined ? undefined : normaliseForQuoteMatch(text));
  }
  for (const { record, field, source, quote } of citationSites(dataset)) {
    if (typeof source !== 'string' || typeof quote !== 'string') continue;
    const text = normalised.get(source);
    if (text === undefined) continue;
    if (!text.includes(normaliseForQuoteMatch(quote))) {
      issues.push({
        record,
        field,
        found: describeValue(quote),
        expected: `a quote that appears word for word in source "${source}"; copy it exactly from the text`,
      });
    }
  }
  return issues;
}

export interface CitationCounts {
  /** Quotes from a source with a text file: checked word for word when the texts are given. */
  checkable: number;
  /** Quotes from a source with no text file here: nothing to check them against. */
  quotesWithoutText: number;
  /** Summaries of external sources in our own words: they carry a locator, but cannot be checked here. */
  summaries: number;
}

/** How many citations can be checked word for word against local sources, and how many cannot. */
export function countCitations(dataset: Dataset): CitationCounts {
  const withText = new Set(sourceFiles(dataset).map((s) => s.id));
  const counts: CitationCounts = { checkable: 0, quotesWithoutText: 0, summaries: 0 };
  for (const { source, quote } of citationSites(dataset)) {
    if (quote === undefined) counts.summaries += 1;
    else if (typeof source === 'string' && withText.has(source)) counts.checkable += 1;
    else counts.quotesWithoutText += 1;
  }
  return counts;
}
