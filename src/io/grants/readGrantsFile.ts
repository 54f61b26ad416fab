import { withoutByteOrderMark } from '../byteOrderMark';
import { MAX_DATASET_BYTES, megabytes, withinSizeLimit } from '../sizeLimit';
import type { GrantsReadResult } from './grant';

export type GrantsFormat = 'json' | 'csv' | 'xlsx';

/** By extension first, then content: a zip is a workbook, a brace is JSON, anything else CSV. */
export function grantsFormat(name: string, bytes: Uint8Array): GrantsFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'json' || extension === 'csv' || extension === 'xlsx') return extension;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  const start = withoutByteOrderMark(new TextDecoder().decode(bytes.slice(0, 200))).trimStart();
  return start.startsWith('{') ? 'json' : 'csv';
}

/** The same limit as every other file the map opens, with a sentence for a grants file. */
export function grantsTooLarge(fileName: string, bytes: number): string {
  return `the file is ${megabytes(bytes)}, over this map's limit of ${megabytes(MAX_DATASET_BYTES)} for any file, so it was not opened; split it by year or programme`;
}

/**
 * Any 360Giving file, by picker, drop or address: checked against the size limit before a byte is
 * parsed, then read by the reader its format needs (each loaded only when needed).
 */
export async function readGrantsFile(fileName: string, bytes: Uint8Array): Promise<GrantsReadResult> {
  if (!withinSizeLimit(bytes.byteLength)) return { ok: false, problems: [{ file: fileName, message: grantsTooLarge(fileName, bytes.byteLength) }] };
  const format = grantsFormat(fileName, bytes);
  if (format === 'xlsx') return (await import('./readGrantsXlsx')).readGrantsXlsx(bytes, fileName);
  const text = new TextDecoder().decode(bytes);
  if (format === 'json') return (await import('./readGrantsJson')).readGrantsJson(text, fileName);
  return (await import('./readGrantsCsv')).readGrantsCsv(text, fileName);
}
