import type { z } from 'zod';
import { describeValue } from '../../model';

/**
 * The one restore step for anything read back from this browser's storage (saved views, story
 * drafts, autosaved edits), as Excalidraw restores saved scenes: stored data may come from an older
 * version, another tab mid-write, or a person editing the store by hand, so it is validated with a
 * schema, a bad record is set aside with a message saying what and where, and the rest is kept.
 * Nothing stored is trusted as it is, so nothing stored can break the page.
 */

/** The first problem zod found, located inside the record: `field "steps": expected a list, found "x"`. */
export function describeProblem(error: z.ZodError, value: unknown): string {
  const issue = error.issues[0];
  if (!issue) return 'it is not in the expected shape';
  let found: unknown = value;
  for (const key of issue.path) found = found !== null && typeof found === 'object' ? (found as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
  const field = issue.path.length > 0 ? `field "${issue.path.join('.')}": ` : '';
  const size = sizeProblem(issue);
  if (size) return `${field}${size}`;
  return `${field}expected ${expectedOf(issue)}, found ${describeValue(found)}`;
}

const UNITS: Record<string, [string, string, string]> = { string: ['text', 'characters', 'empty text'], array: ['a list', 'items', 'an empty list'] };

/** zod's "too big: expected string to have <=2000 characters" in plain words: "text longer than 2,000 characters". */
function sizeProblem(issue: z.core.$ZodIssue): string | null {
  if (issue.code !== 'too_big' && issue.code !== 'too_small') return null;
  const [what, unit, empty] = UNITS[issue.origin] ?? ['a number', '', ''];
  const exclusive = issue.inclusive === false;
  const n = (value: number) => value.toLocaleString('en-GB');
  if (issue.code === 'too_big') {
    const most = Number(issue.maximum) - (exclusive && unit ? 1 : 0);
    return unit ? `${what} longer than ${n(most)} ${unit}` : `${what} above ${exclusive ? 'or at ' : ''}${n(most)}`;
  }
  const least = Number(issue.minimum) + (exclusive && unit ? 1 : 0);
  if (unit && least === 1) return empty;
  return unit ? `${what} shorter than ${n(least)} ${unit}` : `${what} below ${exclusive ? 'or at ' : ''}${n(least)}`;
}

/** zod's "Invalid input: expected string, received number" in plain words. */
function expectedOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return issue.expected === 'array' ? 'a list' : issue.expected === 'string' ? 'text' : issue.expected === 'object' ? 'a record' : `a ${issue.expected}`;
  return issue.message.toLowerCase();
}

export interface RestoredList<T> {
  kept: T[];
  /** One message per record set aside, each saying which record and what is wrong with it. */
  setAside: string[];
}

/**
 * A stored list, record by record: each record that passes its schema is kept, each that fails is
 * set aside with a message ("saved view 3: field "name": expected text, found 12"). A stored value
 * that is not a list at all is set aside whole.
 */
export function restoreList<T>(value: unknown, item: z.ZodType<T>, what: { list: string; record: (index: number) => string }): RestoredList<T> {
  if (value === undefined) return { kept: [], setAside: [] };
  if (!Array.isArray(value)) return { kept: [], setAside: [`${what.list}: expected a list, found ${describeValue(value)}; set aside`] };
  const kept: T[] = [];
  const setAside: string[] = [];
  value.forEach((record: unknown, index) => {
    const parsed = item.safeParse(record);
    if (parsed.success) kept.push(parsed.data);
    else setAside.push(`${what.record(index)}: ${describeProblem(parsed.error, record)}; set aside`);
  });
  return { kept, setAside };
}

/** One message for everything set aside from one stored item, or null when all of it was kept. */
export function setAsideMessage(where: string, setAside: string[]): string | null {
  if (setAside.length === 0) return null;
  const shown = setAside.slice(0, 5).join('; ');
  const more = setAside.length > 5 ? `; and ${setAside.length - 5} more` : '';
  return `Some of ${where} stored in this browser could not be read back and were set aside (the rest is kept): ${shown}${more}.`;
}
