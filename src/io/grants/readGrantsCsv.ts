import Papa from 'papaparse';
import { withoutByteOrderMark } from '../byteOrderMark';
import { grantsFromRows } from './grantColumns';
import type { GrantsReadResult } from './grant';

/** 360Giving CSV: the standard's column titles in row 1, one grant a row, any extra columns ignored. */
export function readGrantsCsv(text: string, fileName: string): GrantsReadResult {
  const parsed = Papa.parse<string[]>(withoutByteOrderMark(text), { header: false, skipEmptyLines: 'greedy' });
  const quotes = parsed.errors.find((e) => e.type === 'Quotes');
  if (quotes) return { ok: false, problems: [{ file: fileName, row: (quotes.row ?? 0) + 1, message: `${quotes.message}: close the quoted cell with a double quote` }] };
  const [headers, ...body] = parsed.data;
  if (!headers) return { ok: false, problems: [{ file: fileName, message: 'the file is empty' }] };
  return grantsFromRows(
    headers.map((h) => h.trim()),
    body.map((cells, i) => ({ cells, row: i + 2 })),
    fileName,
  );
}
