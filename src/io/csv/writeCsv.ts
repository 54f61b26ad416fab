import Papa from 'papaparse';

/** Excel reads a UTF-8 file correctly only when it starts with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * One CSV table, safe to open in a spreadsheet: papaparse quotes commas, quotes and line breaks,
 * and `escapeFormulae` prefixes a cell that starts with =, +, -, @, tab or carriage return with a
 * single quote, so a hostile label cannot run as a formula (CSV or "formula" injection).
 */
export function writeCsv(columns: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const body = Papa.unparse(
    { fields: [...columns], data: rows.map((row) => [...row]) },
    { escapeFormulae: true, newline: '\r\n', quotes: false },
  );
  return `${UTF8_BOM}${body}\r\n`;
}
