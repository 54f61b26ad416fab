/** One problem found in a dataset, located well enough that a researcher can go straight to it. */
export interface DatasetIssue {
  /** The record, e.g. `links[12] "no-accommodation → recall"`, or `meta`, or `(the file)`. */
  record: string;
  /** The field inside the record, e.g. `polarity` or `citations[0].source`; empty for the record itself. */
  field: string;
  /** What was found, already shortened and quoted for display; absent when nothing was there. */
  found?: string;
  /** What is expected instead, in plain words. */
  expected: string;
}

const MAX_SHOWN = 60;

/**
 * Characters JSON leaves as they are but a reader cannot see or that reorder what follows (C1
 * controls, zero-width characters, bidirectional overrides and isolates): a value holding them is
 * shown with them escaped, so an error message (or a terminal) cannot be made to lie.
 */
const HIDDEN = /[\u0080-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;

/** JSON-quotes text for an error message, with hidden characters escaped (`"\u202erecall"`). */
export function quoteForDisplay(text: string): string {
  return JSON.stringify(text).replace(HIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Shows a found value safely: JSON-quoted (so control characters are visible) and shortened. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value !== null && typeof value === 'object') return 'an object';
  if (typeof value !== 'string') return String(value);
  // Cut first, then quote: a 10 MB value must not be escaped whole to show 60 characters of it.
  const shown = quoteForDisplay(value.slice(0, MAX_SHOWN));
  if (value.length <= MAX_SHOWN && shown.length <= MAX_SHOWN) return shown;
  return `${shown.slice(0, MAX_SHOWN - 1)}… (${value.length} characters)`;
}

/** The one-line form used by the validator and the error page. */
export function formatIssue(issue: DatasetIssue): string {
  const where = issue.field ? `${issue.record}, field "${issue.field}"` : issue.record;
  const found = issue.found === undefined ? '' : `found ${issue.found}; `;
  return `${where}: ${found}expected ${issue.expected}`;
}
