import { attributeName, type FormatNote } from './graphTable';
import type { Sheet } from './spreadsheet';
import { pluralWord } from '../../model/plural';

/**
 * A spreadsheet's third sheet: the sources the records cite, one row each. Without it a
 * spreadsheet could only name a source by its id, and a summary of an external review (which
 * needs the review's address, design and reading date) could not come back as a valid dataset.
 * A sheet with Title and Kind columns and no Label or From column is a sources sheet.
 */

/** Each source field with the column header a person reads, in the order the sheet shows them. */
const SOURCE_COLUMNS = [
  ['id', 'ID'],
  ['title', 'Title'],
  ['kind', 'Kind'],
  ['file', 'File'],
  ['external', 'External'],
  ['study', 'Study'],
  ['publisher', 'Publisher'],
  ['author', 'Author'],
  ['date', 'Date'],
  ['url', 'URL'],
  ['readAt', 'Read At'],
  ['read', 'Read'],
  ['licence', 'Licence'],
  ['caveat', 'Caveat'],
] as const;

const FIELD_OF_COLUMN = new Map<string, string>(SOURCE_COLUMNS.map(([field, header]) => [attributeName(header), field]));

export function isSourcesSheet(sheet: Sheet): boolean {
  const names = new Set(sheet.rows.flatMap((row) => Object.keys(row).map(attributeName)));
  return names.has('title') && names.has('kind') && !names.has('label') && !names.has('from');
}

/** The header row, then a row per source; a column appears only when some source fills it. */
export function sourcesToRows(sources: unknown): string[][] {
  if (!Array.isArray(sources) || sources.length === 0) return [];
  const records = sources.filter((s): s is Record<string, unknown> => s !== null && typeof s === 'object');
  const columns = SOURCE_COLUMNS.filter(([field]) => records.some((r) => r[field] !== undefined));
  return [columns.map(([, header]) => header), ...records.map((r) => columns.map(([field]) => (r[field] === undefined ? '' : String(r[field]))))];
}

/** Reads the rows back into source records; parseDataset judges them. Unknown columns are reported. */
export function sourcesFromSheet(sheet: Sheet, notes: FormatNote[]): Array<Record<string, unknown>> {
  const unknown = new Set<string>();
  const sources = sheet.rows.map((row) => {
    const source: Record<string, unknown> = {};
    for (const [header, cell] of Object.entries(row)) {
      const field = FIELD_OF_COLUMN.get(attributeName(header));
      if (field === undefined) {
        if (attributeName(header) !== '') unknown.add(header);
        continue;
      }
      if (cell.trim() === '') continue;
      source[field] = field === 'external' && /^(true|yes|1)$/i.test(cell.trim()) ? true : cell;
    }
    return source;
  });
  if (unknown.size > 0) {
    notes.push({ where: sheet.name, message: `its ${pluralWord(unknown.size, 'column')} ${[...unknown].map((h) => `"${h}"`).join(', ')} ${pluralWord(unknown.size, 'names', 'name')} no field of a source; left out.` });
  }
  return sources;
}
