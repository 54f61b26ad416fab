import { ID_PATTERN } from '../../model';

/** A link's value as a notice quotes it: short, and quoted so it reads as data. */
export const shown = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}…` : value);

/** One of a fixed set of words, or null (with a notice when the link said something else). */
export function oneOf<T extends string>(value: string | null, allowed: readonly T[], name: string, notices: string[]): T | null {
  if (value === null || value === '') return null;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  notices.push(`Ignored ${name}=${shown(value)}: expected one of ${allowed.join(', ')}.`);
  return null;
}

/** A comma-separated list of ids (or of allowed words), each once, skipping what is not one. */
export function idList<T extends string = string>(value: string | null, name: string, notices: string[], allowed?: readonly T[]): T[] {
  if (!value) return [];
  const ids: T[] = [];
  for (const raw of value.split(',')) {
    const id = raw.trim();
    if (!id) continue;
    const valid = allowed ? (allowed as readonly string[]).includes(id) : ID_PATTERN.test(id);
    if (!valid) notices.push(`Ignored ${name} ${shown(id)}: ${allowed ? `expected one of ${allowed.join(', ')}` : 'not an id'}.`);
    else if (!ids.includes(id as T)) ids.push(id as T);
  }
  return ids;
}

export function singleId(value: string | null, name: string, notices: string[]): string | null {
  if (!value) return null;
  if (ID_PATTERN.test(value)) return value;
  notices.push(`Ignored ${name}=${shown(value)}: not an id.`);
  return null;
}

/** Keeps the ids this dataset has, with a notice for each it has not. */
export function keepKnown(ids: readonly string[], known: ReadonlySet<string>, what: string, notices: string[]): string[] {
  return ids.filter((id) => {
    if (known.has(id)) return true;
    notices.push(`Ignored ${what} "${id}": this dataset has no such ${what}.`);
    return false;
  });
}

export const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
