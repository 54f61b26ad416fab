import Papa from 'papaparse';
import { fromSheets, grantsSheetRefusal, toSheets, type Sheet } from './spreadsheet';
import type { GraphTable } from './graphTable';
import type { FormatReader, FormatWriter, Refusal } from './formatEntry';
import { unescapeFormula, writeCsv } from '../csv/writeCsv';
import { withoutByteOrderMark } from '../byteOrderMark';
import { textOf } from '../fileContent';
import { MAX_CONNECTION_ROWS, MAX_ELEMENT_ROWS, PROGRESS_EVERY_ROWS, rowCount, tooManyRowsMessage, type ImportProgress } from '../import/importLimits';

/**
 * CSV through papaparse, which gets quoted commas and line breaks inside cells right. A file
 * saved by Excel starts with a byte-order mark; it is dropped so the first header reads "Label".
 * Rows are taken one at a time, so the reader says how far it has got and stops as soon as a
 * sheet has more rows than a map can hold (a connections sheet: From and To columns).
 */
export function csvSheet(text: string, name: string, progress: ImportProgress = () => {}): Sheet | { error: string; where: string } {
  const rows: Sheet['rows'] = [];
  let fields: string[] | undefined;
  let refusal: { error: string; where: string } | undefined;
  Papa.parse<Record<string, string>>(withoutByteOrderMark(text), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
    step: (result, parser) => {
      fields ??= result.meta.fields;
      const fatal = result.errors.find((e) => e.type === 'Quotes');
      if (fatal) {
        refusal = { where: `${name}, row ${rows.length + 2}`, error: `${fatal.message}: close the quoted cell with a double quote` };
        return parser.abort();
      }
      const kind = fields?.some((f) => f.toLowerCase() === 'from') ? 'connection' : 'element';
      if (rows.length >= (kind === 'connection' ? MAX_CONNECTION_ROWS : MAX_ELEMENT_ROWS)) {
        refusal = { where: `${name}, row ${(rows.length + 2).toLocaleString('en-GB')}`, error: tooManyRowsMessage(kind) };
        return parser.abort();
      }
      const clean: Record<string, string> = {};
      for (const [key, value] of Object.entries(result.data)) if (typeof value === 'string' && key !== '__parsed_extra') clean[key] = unescapeFormula(value);
      rows.push(clean);
      if (rows.length % PROGRESS_EVERY_ROWS === 0) progress(`Reading ${kind}s: ${rowCount(rows.length)}`);
    },
  });
  if (refusal) return refusal;
  // A header and no rows: no row was stepped through, so the header is read on its own.
  fields ??= Papa.parse(withoutByteOrderMark(text), { header: true, preview: 1, transformHeader: (h) => h.trim() }).meta.fields;
  if (!fields || fields.length === 0) return { where: name, error: 'no header row (Label, Type, Description… or From, To, Type) was found' };
  return { name, rows };
}

export function fromCsv(files: Array<{ name: string; text: string }>, progress?: ImportProgress): GraphTable | Refusal {
  const sheets: Sheet[] = [];
  for (const file of files) {
    const sheet = csvSheet(file.text, file.name, progress);
    if ('error' in sheet) return sheet;
    sheets.push(sheet);
  }
  return grantsSheetRefusal(sheets) ?? fromSheets(sheets, 'CSV', files.map((f) => f.name).join(' and '));
}

/** The CSV files: elements and connections, as Kumu imports them, and the sources they cite (when any). */
export function toCsv(table: GraphTable): { elements: string; connections: string; sources?: string } {
  const sheets = toSheets(table);
  const write = ([header = [], ...rows]: string[][]) => writeCsv(header, rows);
  return {
    elements: write(sheets.elements),
    connections: write(sheets.connections),
    ...(sheets.sources.length > 0 ? { sources: write(sheets.sources) } : {}),
  };
}

/** The registry's reader: one CSV, or an elements file and a connections file together. */
export const read: FormatReader = (files, progress) => fromCsv(files.map((f) => ({ name: f.name, text: textOf(f.content) })), progress);

/** The registry's writer: an elements, a connections and (when any are cited) a sources file. */
export const write: FormatWriter = ({ table }) => {
  const { elements, connections, sources } = toCsv(table());
  return [{ part: 'elements', content: elements }, { part: 'connections', content: connections }, ...(sources === undefined ? [] : [{ part: 'sources', content: sources }])];
};
