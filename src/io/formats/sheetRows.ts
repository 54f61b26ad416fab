/**
 * How many rows a worksheet's XML holds, counted in its bytes before any XML reader runs: a
 * `<row` (or a prefixed `<x:row`) element start. Cheap enough to run on every sheet, so a workbook
 * with more rows than a map can hold is refused before exceljs spends seconds reading it.
 */
const LT = 0x3c;
const COLON = 0x3a;
const [R, O, W] = [0x72, 0x6f, 0x77];
const ENDS_NAME = new Set([0x20, 0x09, 0x0a, 0x0d, 0x3e, 0x2f]);

const isNameByte = (b: number | undefined) => b !== undefined && ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));

/** `<` then a prefix then `:` before position `colon` (a start tag, not `</x:row`). */
function prefixedStart(xml: Uint8Array, colon: number): boolean {
  let j = colon - 1;
  while (j > 0 && isNameByte(xml[j])) j--;
  return j < colon - 1 && xml[j] === LT;
}

export function countSheetRows(xml: Uint8Array): number {
  let rows = 0;
  for (let i = 1; i + 3 < xml.length; i++) {
    if (xml[i] !== R || xml[i + 1] !== O || xml[i + 2] !== W || !ENDS_NAME.has(xml[i + 3]!)) continue;
    if (xml[i - 1] === LT || (xml[i - 1] === COLON && prefixedStart(xml, i - 1))) rows++;
  }
  return rows;
}
