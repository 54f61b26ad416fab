/**
 * A zip's entries as its central directory declares them (name, method, sizes, where the data is),
 * read without inflating anything. This is the directory exceljs's JSZip trusts too, so what is
 * checked here is what would be read. Declared sizes are only a first check: a zip can declare a
 * small size and inflate to a huge one, so inflating is budgeted as well (see unzipWithin).
 */

export interface ZipEntry {
  name: string;
  /** 0: stored; 8: deflated. */
  method: number;
  compressedSize: number;
  declaredSize: number;
  /** The entry's compressed bytes. */
  data: Uint8Array;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; message: string };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;
/** More entries than any workbook has: a directory listing more is made to exhaust the reader. */
const MAX_ENTRIES = 10_000;

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - END_SEARCH); at--) {
    if (u32(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return { ok: false, message: 'it is not a zip file (an Excel workbook is one): its directory of entries is missing' };
  const count = u16(end + 10);
  const directoryAt = u32(end + 16);
  if (count === 0xffff || directoryAt === 0xffffffff) return { ok: false, message: 'it is a ZIP64 file, larger than any workbook this map reads' };
  if (count > MAX_ENTRIES) return { ok: false, message: `its zip lists ${count.toLocaleString('en-GB')} entries; a workbook has a few dozen` };
  const entries: ZipEntry[] = [];
  let at = directoryAt;
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== DIRECTORY_ENTRY) return { ok: false, message: `its zip directory is damaged at entry ${i + 1}` };
    const method = u16(at + 10);
    const compressedSize = u32(at + 20);
    const declaredSize = u32(at + 24);
    const nameLength = u16(at + 28);
    const skip = nameLength + u16(at + 30) + u16(at + 32);
    const local = u32(at + 42);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + skip;
    if (compressedSize === 0xffffffff || declaredSize === 0xffffffff || local === 0xffffffff) return { ok: false, message: `its entry ${name} is a ZIP64 entry, larger than any workbook this map reads` };
    if (local + 30 > bytes.length || u32(local) !== LOCAL_HEADER) return { ok: false, message: `its entry ${name} points outside the file` };
    const dataAt = local + 30 + u16(local + 26) + u16(local + 28);
    if (dataAt + compressedSize > bytes.length) return { ok: false, message: `its entry ${name} runs past the end of the file` };
    entries.push({ name, method, compressedSize, declaredSize, data: bytes.subarray(dataAt, dataAt + compressedSize) });
  }
  return { ok: true, entries };
}
