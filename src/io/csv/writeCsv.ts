import Papa from 'papaparse';
import { BYTE_ORDER_MARK } from '../byteOrderMark';

/** Excel reads a UTF-8 file correctly only when it starts with a byte-order mark. */
export const UTF8_BOM = BYTE_ORDER_MARK;

/**
 * A cell a spreadsheet program would run as a formula (=, @, a tab or return, or + and - before
 * anything but a plain number, so the polarities "+" and "-" and negative numbers stay as they are)
 * is written with a leading apostrophe, papaparse's defence against CSV ("formula") injection.
 * Text that itself starts with apostrophes before such a character gets one more, so the importer
 * takes exactly one off (`unescapeFormula`) and every cell reads back as written.
 */
const FORMULA_START = /^(?![+-][\d.]*$)'*[=@\t\r+-]/;
const ESCAPED_FORMULA = /^'(?=(?![+-][\d.]*$)'*[=@\t\r+-])/;

/** A cell as it was before `writeCsv` defused it. */
export const unescapeFormula = (cell: string): string => cell.replace(ESCAPED_FORMULA, '');

/**
 * The one CSV writer (dataset exports, the view's tables, the leverage ranking, a portfolio): safe to
 * open in a spreadsheet. papaparse quotes commas, quotes and line breaks; formula starts are defused
 * as above; lines end in CR LF (RFC 4180), the last one too; and the file starts with a byte-order
 * mark (Excel needs it for UTF-8), which every reader here drops.
 */
export function writeCsv(columns: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const body = Papa.unparse({ fields: [...columns], data: rows.map((row) => [...row]) }, { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false });
  return `${UTF8_BOM}${body}\r\n`;
}
