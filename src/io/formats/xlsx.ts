import ExcelJS from 'exceljs';
import { fromSheets, grantsSheetRefusal, toSheets, type Sheet } from './spreadsheet';
import type { GraphTable } from './graphTable';
import type { FormatReader, FormatWriter } from './formatEntry';
import { bytesOf } from '../fileContent';
import { MAX_DATASET_BYTES } from '../sizeLimit';
import { storedZip, unzipWithin } from '../unpack/unzipWithin';
import { MAX_CONNECTION_ROWS, MAX_ELEMENT_ROWS, rowCount, tooManyRowsMessage, type ImportProgress } from '../import/importLimits';
import { countSheetRows } from './sheetRows';

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * What a workbook may unpack to, all entries together: the dataset limit, as for any other format.
 * Sheet XML is wordier than CSV, but a workbook of 20 MB of XML already holds more rows than a
 * map can have (100,000 links).
 */
export const MAX_XLSX_UNPACKED_BYTES = MAX_DATASET_BYTES;

/** Excel workbooks through exceljs (the registry's `xlsx` is an old release with known advisories). */
export async function fromXlsx(bytes: Uint8Array, fileName: string, progress: ImportProgress = () => {}): Promise<GraphTable | { error: string; where: string }> {
  progress(`Unpacking ${fileName}`);
  // Inflated here under a budget first; exceljs only ever sees entries that were checked, stored
  // uncompressed, so it has nothing left to inflate.
  const unzipped = unzipWithin(bytes, MAX_XLSX_UNPACKED_BYTES);
  if (!unzipped.ok) return { where: unzipped.entry ? `${fileName}, entry ${unzipped.entry}` : fileName, error: unzipped.message };
  // Rows are counted before exceljs reads a sheet: a sheet with more rows than any map holds is
  // refused now (as connections, the larger limit, since a sheet's kind is known only once read).
  let rows = 0;
  for (const [entry, xml] of Object.entries(unzipped.files)) {
    if (!WORKSHEET.test(entry)) continue;
    const inSheet = countSheetRows(xml) - 1;
    rows += Math.max(0, inSheet);
    if (inSheet > MAX_CONNECTION_ROWS) return { where: `${fileName}, entry ${entry}`, error: tooManyRowsMessage('connection') };
    if (rows > MAX_CONNECTION_ROWS + MAX_ELEMENT_ROWS) return { where: `${fileName}, entry ${entry}`, error: tooManyRowsMessage('connection') };
  }
  progress(`Reading ${fileName}: ${rowCount(rows)}`);
  const checked = storedZip(unzipped.files);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(checked.buffer.slice(checked.byteOffset, checked.byteOffset + checked.byteLength) as ArrayBuffer);
  } catch (error) {
    return { where: fileName, error: `it is not an Excel workbook that can be read (${(error as Error).message.slice(0, 200)})` };
  }
  const sheets: Sheet[] = [];
  workbook.eachSheet((worksheet) => {
    const headers: string[] = [];
    const rows: Sheet['rows'] = [];
    worksheet.eachRow((row, rowNumber) => {
      if (rowNumber === 1) {
        row.eachCell((cell, column) => (headers[column] = cell.text.trim()));
        return;
      }
      const record: Record<string, string> = {};
      row.eachCell((cell, column) => {
        const name = headers[column];
        if (name) record[name] = cell.text;
      });
      rows.push(record);
    });
    if (headers.length > 0) sheets.push({ name: `${fileName}, sheet ${worksheet.name}`, rows });
  });
  if (sheets.length === 0) return { where: fileName, error: 'no sheet has a header row (Label, Type, Description… or From, To, Type)' };
  return grantsSheetRefusal(sheets) ?? fromSheets(sheets, 'XLSX', fileName);
}

/**
 * A workbook's text is XML, whose readers turn a carriage return into a line feed; Excel writes one
 * as `_x000D_`, which exceljs reads back. A literal `_x…_` in the text is escaped the same way
 * (`_x005F_` is the underscore) so it is not read as a code.
 */
const sheetText = (value: unknown) =>
  typeof value === 'string' ? value.replace(/_x[0-9A-Fa-f]{4}_/g, (code) => `_x005F_${code.slice(1)}`).replace(/\r/g, '_x000D_') : value;
const sheetRows = (rows: unknown[][]) => rows.map((row) => row.map(sheetText));

/** A workbook with an Elements and a Connections sheet, as Kumu imports it, and a Sources sheet. */
export async function toXlsx(table: GraphTable): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheets = toSheets(table);
  workbook.addWorksheet('Elements').addRows(sheetRows(sheets.elements));
  workbook.addWorksheet('Connections').addRows(sheetRows(sheets.connections));
  if (sheets.sources.length > 0) workbook.addWorksheet('Sources').addRows(sheetRows(sheets.sources));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The registry's reader: a workbook is binary, so it must come as bytes. */
export const read: FormatReader = ([file], progress) => {
  const bytes = bytesOf(file.content);
  return bytes ? fromXlsx(bytes, file.name, progress) : { where: file.name, error: 'an Excel workbook is binary: read the file as bytes, not text' };
};

export const write: FormatWriter = ({ table }) => toXlsx(table());
