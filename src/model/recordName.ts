import { quoteForDisplay } from './datasetIssue';

/** Names a record by its position and its own id, so an error can be found in the file and on the map. */

type Path = readonly PropertyKey[];

const COLLECTIONS_WITH_IDS = new Set(['sources', 'factors', 'interventions', 'gaps', 'loops', 'stakes']);

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function idOf(item: Record<string, unknown> | undefined, collection: string): string | undefined {
  if (!item) return undefined;
  if (collection === 'links') {
    const from = typeof item.from === 'string' ? item.from : '?';
    const to = typeof item.to === 'string' ? item.to : '?';
    return `${from} → ${to}`;
  }
  return typeof item.id === 'string' ? item.id : undefined;
}

function shorten(name: string): string {
  return name.length > 80 ? `${name.slice(0, 79)}…` : name;
}

export function recordNameAt(collection: string, index: number, item: unknown): string {
  const id = idOf(asRecord(item), collection);
  return id === undefined ? `${collection}[${index}]` : `${collection}[${index}] ${quoteForDisplay(shorten(id))}`;
}

function fieldPath(path: Path): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** Splits a path into the record it points into and the field within that record. */
export function locate(input: unknown, path: Path): { record: string; field: string } {
  const [head, second, ...rest] = path;
  if (head === undefined) return { record: '(the dataset)', field: '' };
  const top = asRecord(input);
  const collection = String(head);
  if (Array.isArray(top?.[collection]) && typeof second === 'number') {
    if (COLLECTIONS_WITH_IDS.has(collection) || collection === 'links') {
      const item = (top[collection] as unknown[])[second];
      return { record: recordNameAt(collection, second, item), field: fieldPath(rest) };
    }
    return { record: `${collection}[${second}]`, field: fieldPath(rest) };
  }
  if (collection === 'vocabularies' && typeof second === 'string' && typeof rest[0] === 'number') {
    const list = asRecord(top?.vocabularies)?.[second];
    const item = Array.isArray(list) ? list[rest[0]] : undefined;
    const id = asRecord(item)?.id;
    const name = `vocabularies.${second}[${rest[0]}]`;
    return {
      record: typeof id === 'string' ? `${name} ${quoteForDisplay(shorten(id))}` : name,
      field: fieldPath(rest.slice(1)),
    };
  }
  if (second === undefined) return { record: collection, field: '' };
  return { record: collection, field: fieldPath([second, ...rest]) };
}
