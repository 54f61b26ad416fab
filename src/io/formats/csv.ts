import Papa from 'papaparse';
import { fromSheets, toSheets, type Sheet } from './spreadsheet';
import type { GraphTable } from './graphTable';

/**
 * CSV through papaparse, which gets quoted commas and line breaks inside cells right. A file
 * saved by Excel starts with a byte-order mark; it is dropped so the first header reads "Label".
 */
export function csvSheet(text: string, name: string): Sheet | { error: string; where: string } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim() });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) return { where: `${name}, row ${(fatal.row ?? 0) + 2}`, error: `${fatal.message}: close the quoted cell with a double quote` };
  if (!parsed.meta.fields || parsed.meta.fields.length === 0) return { where: name, error: 'no header row (Label, Type, Description… or From, To, Type) was found' };
  const rows = parsed.data.map((row) => {
    const clean: Record<string, string> = {};
    for (const [key, value] of Object.entries(row)) if (typeof value === 'string' && key !== '__parsed_extra') clean[key] = value.replace(ESCAPED_FORMULA, '');
    return clean;
  });
  return { name, rows };
}

export function fromCsv(files: Array<{ name: string; text: string }>): GraphTable | { error: string; where: string } {
  const sheets: Sheet[] = [];
  for (const file of files) {
    const sheet = csvSheet(file.text, file.name);
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
