import ExcelJS from 'exceljs';
import { fromSheets, toSheets, type Sheet } from './spreadsheet';
import type { GraphTable } from './graphTable';

/** Excel workbooks through exceljs (the registry's `xlsx` is an old release with known advisories). */
export async function fromXlsx(bytes: Uint8Array, fileName: string): Promise<GraphTable | { error: string; where: string }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
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
  return fromSheets(sheets, 'XLSX', fileName);
}

/** A workbook with an Elements and a Connections sheet, as Kumu imports it, and a Sources sheet. */
export async function toXlsx(table: GraphTable): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheets = toSheets(table);
  workbook.addWorksheet('Elements').addRows(sheets.elements);
  workbook.addWorksheet('Connections').addRows(sheets.connections);
  if (sheets.sources.length > 0) workbook.addWorksheet('Sources').addRows(sheets.sources);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
