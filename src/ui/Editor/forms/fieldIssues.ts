import type { DatasetIssue } from '../../../model';
import { formatIssue } from '../../../model';

/** Issues split into those that belong beside a field of the record being edited, and the rest. */
export interface FormIssues {
  byField: Map<string, string>;
  other: string[];
}

export const NO_ISSUES: FormIssues = { byField: new Map(), other: [] };

/**
 * `record` names a record by its place (`factors[12] "…"`); `field` is a path in it (`citations[0].quote`).
 * An issue of the edited record goes beside its field (by the path, or its first part); any other
 * issue this edit causes (a dangling reference elsewhere) is listed above the form with its place.
 */
export function issuesFor(issues: DatasetIssue[], collection: string, index: number): FormIssues {
  const byField = new Map<string, string>();
  const other: string[] = [];
  const prefix = `${collection}[${index}]`;
  for (const issue of issues) {
    const ours = issue.record === prefix || issue.record.startsWith(`${prefix} `);
    if (ours && issue.field) {
      const message = `${issue.found === undefined ? '' : `Found ${issue.found}; `}expected ${issue.expected}.`;
      for (const key of [issue.field, issue.field.split(/[.[]/)[0]!]) if (!byField.has(key)) byField.set(key, message);
    } else other.push(formatIssue(issue));
  }
  return { byField, other };
}
