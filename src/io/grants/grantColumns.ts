import { SHEET_FIELDS, collectGrants, type RawGrant } from './toGrant';
import { NOT_GRANTS_MAP, columnKey, looksLikeMapColumns } from './recognise';
import type { GrantsReadResult } from './grant';

export { columnKey };

const COLUMNS: Record<Exclude<keyof RawGrant, 'classifications'>, string[]> = {
  id: ['identifier', 'id'],
  title: ['title'],
  description: ['description'],
  amount: ['amountawarded'],
  currency: ['currency'],
  awardDate: ['awarddate'],
  recipient: ['recipientorg:name', 'recipientorganization:name'],
  funderId: ['fundingorg:identifier', 'fundingorganization:id'],
  funderName: ['fundingorg:name', 'fundingorganization:name'],
  programme: ['grantprogramme:title'],
};

const isClassification = (key: string) => /^classifications?:title$/.test(key);

export type Cell = string | number | Date | null | undefined;

/**
 * Rows of a spreadsheet (CSV or a workbook's sheet) as grants. `rows` come with their row number
 * in the sheet (the header is row 1), so a problem points at the row a person sees.
 */
export function grantsFromRows(headers: readonly string[], rows: Iterable<{ cells: readonly Cell[]; row: number }>, fileName: string): GrantsReadResult {
  const keys = headers.map(columnKey);
  const find = (names: string[]) => keys.findIndex((k) => names.includes(k));
  const at = Object.fromEntries(Object.entries(COLUMNS).map(([field, names]) => [field, find(names)])) as Record<keyof typeof COLUMNS, number>;
  if (at.amount < 0 || at.id < 0) {
    const message = looksLikeMapColumns(keys)
      ? NOT_GRANTS_MAP
      : `this is not a 360Giving file: it has no ${at.id < 0 ? '"Identifier"' : '"Amount Awarded"'} column (the row-1 titles are ${headers.slice(0, 6).map((h) => JSON.stringify(h)).join(', ')}${headers.length > 6 ? '…' : ''})`;
    return { ok: false, problems: [{ file: fileName, row: 1, message }] };
  }
  const classificationColumns = keys.flatMap((k, i) => (isClassification(k) ? [i] : []));
  function* raws() {
    for (const { cells, row } of rows) {
      if (cells.every((c) => c === null || c === undefined || c === '')) continue;
      const cell = (field: keyof typeof COLUMNS) => (at[field] < 0 ? undefined : cells[at[field]]);
      yield {
        row,
        raw: {
          id: cell('id'),
          title: cell('title'),
          description: cell('description'),
          amount: cell('amount'),
          currency: cell('currency'),
          awardDate: cell('awardDate'),
          recipient: cell('recipient'),
          funderId: cell('funderId'),
          funderName: cell('funderName'),
          programme: cell('programme'),
          classifications: classificationColumns.map((i) => cells[i]),
        },
      };
    }
  }
  const result = collectGrants(raws(), fileName, SHEET_FIELDS);
  return result.ok ? { ok: true, file: { fileName, grants: result.grants } } : result;
}
