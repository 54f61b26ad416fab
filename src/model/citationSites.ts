import { recordNameAt } from './recordName';

/**
 * Every citation in a dataset, found leniently: the quote check runs beside the structural checks,
 * so it must read whatever records it can in a file that is otherwise broken (a missing field
 * elsewhere never hides a made-up quote).
 */
export interface CitationSite {
  record: string;
  field: string;
  source: unknown;
  quote: unknown;
}

/** A stored source's text file: a plain name, so nothing outside the sources folder can be named. */
export const SOURCE_FILE_NAME = /^[A-Za-z0-9._-]+\.txt$/;

function asObject(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function listAt(input: unknown, key: string): unknown[] {
  const list = asObject(input)?.[key];
  return Array.isArray(list) ? list : [];
}

export function citationSites(input: unknown): CitationSite[] {
  const sites: CitationSite[] = [];
  const add = (record: string, prefix: string, citations: unknown) => {
    if (!Array.isArray(citations)) return;
    citations.forEach((item, i) => {
      const citation = asObject(item);
      if (!citation) return;
      sites.push({
        record,
        field: `${prefix}citations[${i}].quote`,
        source: citation.source,
        quote: citation.quote,
      });
    });
  };
  for (const collection of ['factors', 'links', 'gaps'] as const) {
    listAt(input, collection).forEach((item, i) => add(recordNameAt(collection, i, item), '', asObject(item)?.citations));
  }
  listAt(input, 'interventions').forEach((item, i) =>
    add(recordNameAt('interventions', i, item), 'evidence.', asObject(asObject(item)?.evidence)?.citations),
  );
  return sites;
}

export interface SourceFile {
  /** The source's position and id, for locating a problem with its file. */
  record: string;
  id: string | undefined;
  file: string;
}

/** The text files the dataset's sources name (only plain file names; anything else is the schema's to report). */
export function sourceFiles(input: unknown): SourceFile[] {
  const files: SourceFile[] = [];
  listAt(input, 'sources').forEach((item, i) => {
    const source = asObject(item);
    const file = source?.file;
    if (typeof file !== 'string' || !SOURCE_FILE_NAME.test(file)) return;
    files.push({ record: recordNameAt('sources', i, item), id: typeof source?.id === 'string' ? source.id : undefined, file });
  });
  return files;
}
