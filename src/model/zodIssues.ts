import type { z } from 'zod';
import { describeValue, type DatasetIssue } from './datasetIssue';
import { locate } from './recordName';

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = input;
  for (const part of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[part];
  }
  return here;
}

function listOf(values: readonly unknown[]): string {
  const shown = values.map((v) => JSON.stringify(v));
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

function article(type: string): string {
  if (type === 'array') return 'a list';
  if (type === 'object') return 'an object';
  if (type === 'string') return 'text';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** Turns zod's issue into the dataset's located, plain-words form. */
export function fromZodIssue(issue: z.core.$ZodIssue, input: unknown): DatasetIssue[] {
  const here = valueAt(input, issue.path);
  const { record, field } = locate(input, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return [{ record, field, found: describeValue(here), expected: article(issue.expected) }];
    case 'invalid_value':
      return [{ record, field, found: describeValue(here), expected: `one of ${listOf(issue.values)}` }];
    case 'invalid_format':
      return [{ record, field, found: describeValue(here), expected: issue.message }];
    case 'too_small':
      return [
        {
          record,
          field,
          found: issue.origin === 'string' ? 'empty text' : describeValue(here),
          expected: issue.origin === 'number' ? `at least ${issue.minimum}` : issue.message,
        },
      ];
    case 'too_big': {
      const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' entries' : '';
      return [
        {
          record,
          field,
          found: describeValue(here),
          expected: issue.origin === 'number' ? `a number no greater than ${issue.maximum}` : `at most ${issue.maximum}${unit}; shorten it`,
        },
      ];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        record,
        field: field ? `${field}.${key}` : key,
        found: 'a field the format does not have',
        expected: 'no such field: check its spelling against data/schema.json, or remove it',
      }));
    case 'invalid_key':
      return [{ record, field, found: describeValue(here), expected: 'a lower-case kebab-case id as the key' }];
    default:
      return [{ record, field, found: describeValue(here), expected: issue.message }];
  }
}
