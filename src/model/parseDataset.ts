import { datasetSchema } from './schema';
import type { Dataset } from './types';
import type { DatasetIssue } from './datasetIssue';
import { fromZodIssue } from './zodIssues';
import { checkCrossReferences } from './crossReferences';

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; issues: DatasetIssue[] };

/**
 * The one gate every dataset passes through (bundled, opened by URL, imported or edited): checks its
 * shape and its cross-references and returns the dataset, or every problem found, each located.
 */
export function parseDataset(input: unknown): ParseResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      ok: false,
      issues: [
        {
          record: '(the dataset)',
          field: '',
          found: Array.isArray(input) ? 'a list' : input === null ? 'null' : `a ${typeof input}`,
          expected: 'an object with meta, vocabularies, sources, factors, links, interventions and gaps',
        },
      ],
    };
  }
  const shape = datasetSchema.safeParse(input);
  const issues = [
    ...(shape.success ? [] : shape.error.issues.flatMap((issue) => fromZodIssue(issue, input))),
    ...checkCrossReferences(input),
  ];
  if (issues.length > 0 || !shape.success) return { ok: false, issues };
  return { ok: true, dataset: shape.data };
}
