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

/** Shows a found value safely: JSON-quoted (so control characters are visible) and shortened. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value !== null && typeof value === 'object') return 'an object';
  const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
  if (shown.length <= MAX_SHOWN) return shown;
  const length = typeof value === 'string' ? ` (${value.length} characters)` : '';
  return `${shown.slice(0, MAX_SHOWN - 1)}…${length}`;
}

/** The one-line form used by the validator and the error page. */
export function formatIssue(issue: DatasetIssue): string {
  const where = issue.field ? `${issue.record}, field "${issue.field}"` : issue.record;
  const found = issue.found === undefined ? '' : `found ${issue.found}; `;
  return `${where}: ${found}expected ${issue.expected}`;
}
