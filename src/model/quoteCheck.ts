import type { Citation, Dataset } from './types';
import type { DatasetIssue } from './datasetIssue';
import { describeValue } from './datasetIssue';
import { recordNameAt } from './recordName';

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

interface CitationSite {
  record: string;
  field: string;
  citation: Citation;
}

function citationSites(dataset: Dataset): CitationSite[] {
  const sites: CitationSite[] = [];
  const add = (record: string, prefix: string, citations: Citation[]) =>
    citations.forEach((citation, i) => sites.push({ record, field: `${prefix}citations[${i}].quote`, citation }));
  dataset.factors.forEach((f, i) => add(recordNameAt('factors', i, f), '', f.citations));
  dataset.links.forEach((l, i) => add(recordNameAt('links', i, l), '', l.citations));
  dataset.interventions.forEach((v, i) => add(recordNameAt('interventions', i, v), 'evidence.', v.evidence.citations));
  dataset.gaps.forEach((g, i) => add(recordNameAt('gaps', i, g), '', g.citations));
  return sites;
}

/**
 * `texts` maps a source's `file` name to its contents (or undefined when it could not be read).
 * Sources without a `file` are skipped: there is nothing to check them against.
 */
export function checkQuotes(dataset: Dataset, texts: ReadonlyMap<string, string | undefined>): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const normalised = new Map<string, string | undefined>();
  dataset.sources.forEach((source, i) => {
    if (!source.file) return;
    const text = texts.get(source.file);
    if (text === undefined) {
      issues.push({
        record: recordNameAt('sources', i, source),
        field: 'file',
        found: `${describeValue(source.file)}, which could not be read`,
        expected: 'the name of a text file in the sources folder',
      });
    }
    normalised.set(source.id, text === undefined ? undefined : normaliseForQuoteMatch(text));
  });
  for (const { record, field, citation } of citationSites(dataset)) {
    const text = normalised.get(citation.source);
    if (text === undefined || citation.quote === undefined) continue;
    if (!text.includes(normaliseForQuoteMatch(citation.quote))) {
      issues.push({
        record,
        field,
        found: describeValue(citation.quote),
        expected: `a quote that appears word for word in source "${citation.source}"; copy it exactly from the text`,
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
  const withText = new Set(dataset.sources.filter((s) => s.file).map((s) => s.id));
  const counts: CitationCounts = { checkable: 0, quotesWithoutText: 0, summaries: 0 };
  for (const { citation } of citationSites(dataset)) {
    if (citation.quote === undefined) counts.summaries += 1;
    else if (withText.has(citation.source)) counts.checkable += 1;
    else counts.quotesWithoutText += 1;
  }
  return counts;
}
