import Papa from 'papaparse';
import { fromSheets, toSheets, type Sheet } from './spreadsheet';
import type { GraphTable } from './graphTable';
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
  Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
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
      for (const [key, value] of Object.entries(result.data)) if (typeof value === 'string' && key !== '__parsed_extra') clean[key] = value.replace(ESCAPED_FORMULA, '');
      rows.push(clean);
      if (rows.length % PROGRESS_EVERY_ROWS === 0) progress(`Reading ${kind}s: ${rowCount(rows.length)}`);
    },
  });
  if (refusal) return refusal;
  // A header and no rows: no row was stepped through, so the header is read on its own.
  fields ??= Papa.parse(text.replace(/^\uFEFF/, ''), { header: true, preview: 1, transformHeader: (h) => h.trim() }).meta.fields;
  if (!fields || fields.length === 0) return { where: name, error: 'no header row (Label, Type, Description… or From, To, Type) was found' };
  return { name, rows };
}

export function fromCsv(files: Array<{ name: string; text: string }>, progress?: ImportProgress): GraphTable | { error: string; where: string } {
  const sheets: Sheet[] = [];
  for (const file of files) {
    const sheet = csvSheet(file.text, file.name, progress);
    if ('error' in sheet) return sheet;
    sheets.push(sheet);
  }
  return fromSheets(sheets, 'CSV', files.map((f) => f.name).join(' and '));
}

/**
 * A cell a spreadsheet program would run as a formula (=, @, a tab or return, or + and - before
 * anything but a plain number, so the polarities "+" and "-" and negative positions stay as they are)
 * is written with a leading apostrophe, papaparse's defence; the reader takes one off again. Text
 * that itself starts with apostrophes before such a character gets one more, so every cell reads
 * back exactly as written: the writer's test and the reader's are the same test.
 */
const FORMULA_START = /^(?![+-][\d.]*$)'*[=@\t\r+-]/;
const ESCAPED_FORMULA = /^'(?=(?![+-][\d.]*$)'*[=@\t\r+-])/;

/** The CSV files: elements and connections, as Kumu imports them, and the sources they cite (when any). */
export function toCsv(table: GraphTable): { elements: string; connections: string; sources?: string } {
  const sheets = toSheets(table);
  const unparse = (rows: string[][]) => Papa.unparse(rows, { escapeFormulae: FORMULA_START });
  return {
    elements: unparse(sheets.elements),
    connections: unparse(sheets.connections),
    ...(sheets.sources.length > 0 ? { sources: unparse(sheets.sources) } : {}),
  };
}
