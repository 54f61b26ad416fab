import { zipSync } from 'fflate';
import { megabytes } from '../sizeLimit';
import { inflateWithin } from './inflateWithin';
import { readZipDirectory } from './zipEntries';

/** The one wording for a stream that unpacks past its limit, naming the entry (the caller names the file). */
export function unpacksTooLargeMessage(entry: string, limit: number): string {
  return `this file unpacks to more than ${megabytes(limit)} (at ${entry}), over this map's limit, so it was not opened. No dataset needs this much; it may be damaged, or made to exhaust memory`;
}

export type Unzipped = { ok: true; files: Record<string, Uint8Array> } | { ok: false; message: string; entry?: string };

/**
 * Every entry of a zip, inflated with one budget for the whole file: the declared sizes are
 * checked first (a cheap refusal), then each entry is inflated under what is left of the budget,
 * whatever it declared.
 */
export function unzipWithin(bytes: Uint8Array, limit: number): Unzipped {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return directory;
  let declared = 0;
  for (const entry of directory.entries) {
    declared += entry.declaredSize;
    if (declared > limit) return { ok: false, entry: entry.name, message: unpacksTooLargeMessage(entry.name, limit) };
  }
  const files: Record<string, Uint8Array> = {};
  let used = 0;
  for (const entry of directory.entries) {
    if (entry.name.endsWith('/')) continue;
    const left = limit - used;
    if (entry.method === 0) {
      if (entry.data.length > left) return { ok: false, entry: entry.name, message: unpacksTooLargeMessage(entry.name, limit) };
      files[entry.name] = entry.data;
      used += entry.data.length;
      continue;
    }
    if (entry.method !== 8) return { ok: false, entry: entry.name, message: `its entry ${entry.name} is compressed in a way this map does not read (method ${entry.method})` };
    const inflated = inflateWithin(entry.data, left);
    if (!inflated.ok && inflated.tooLarge) return { ok: false, entry: entry.name, message: unpacksTooLargeMessage(entry.name, limit) };
    if (!inflated.ok) return { ok: false, entry: entry.name, message: `its entry ${entry.name} is damaged (${inflated.damaged})` };
    files[entry.name] = inflated.bytes;
    used += inflated.bytes.length;
  }
  return { ok: true, files };
}

/**
 * The checked entries packed again without compression, for a reader (exceljs) that would
 * otherwise inflate the original by itself, with no budget.
 */
export function storedZip(files: Record<string, Uint8Array>): Uint8Array {
  return zipSync(files, { level: 0 });
}
