import { grantsFromRows, type Cell } from './grantColumns';
import type { GrantsReadResult } from './grant';
import { MAX_DATASET_BYTES } from '../sizeLimit';
import { storedZip, unzipWithin } from '../unpack/unzipWithin';

/**
 * A 360Giving workbook: the first sheet whose row 1 has the standard's titles. exceljs is loaded
 * only when a workbook is opened, so a funder with a JSON or CSV file never downloads it.
 */
export async function readGrantsXlsx(bytes: Uint8Array, fileName: string): Promise<GrantsReadResult> {
  // Unpacked under the same budget as the map's own workbooks (see fromXlsx): a 1 MB sheet that
  // inflates to 1 GiB is refused in a moment, naming the entry, before exceljs sees a byte; exceljs
  // gets the checked entries stored uncompressed, with nothing left to inflate.
  const unzipped = unzipWithin(bytes, MAX_DATASET_BYTES);
  if (!unzipped.ok) {
    const file = unzipped.entry ? `${fileName}, entry ${unzipped.entry}` : fileName;
    const tooLarge = unzipped.message.startsWith('this file unpacks');
    return { ok: false, problems: [{ file, message: tooLarge ? unzipped.message : `it is not an Excel workbook that can be read (${unzipped.message})` }] };
  }
  const checked = storedZip(unzipped.files);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(checked.buffer.slice(checked.byteOffset, checked.byteOffset + checked.byteLength) as ArrayBuffer);
  } catch (error) {
    return { ok: false, problems: [{ file: fileName, message: `it is not an Excel workbook that can be read (${(error as Error).message.slice(0, 200)})` }] };
  }
  let firstFailure: GrantsReadResult | undefined;
  for (const worksheet of workbook.worksheets) {
    const headers: string[] = [];
    const rows: Array<{ cells: Cell[]; row: number }> = [];
    worksheet.eachRow((row, rowNumber) => {
      if (rowNumber === 1) {
        row.eachCell((cell, column) => (headers[column - 1] = cell.text.trim()));
        return;
      }
      const cells: Cell[] = [];
      row.eachCell((cell, column) => (cells[column - 1] = cellValue(cell.value, cell.text)));
      rows.push({ cells, row: rowNumber });
    });
    const result = grantsFromRows(Array.from(headers, (h) => h ?? ''), rows, `${fileName}, sheet ${worksheet.name}`);
    if (result.ok) return { ok: true, file: { fileName, grants: result.file.grants } };
    firstFailure ??= result;
  }
  return firstFailure ?? { ok: false, problems: [{ file: fileName, message: 'the workbook has no sheets' }] };
}

/** Numbers and dates stay typed (an amount or award date cell); anything else is its text. */
function cellValue(value: unknown, text: string): Cell {
  if (typeof value === 'number' || value instanceof Date) return value;
  return text;
}
