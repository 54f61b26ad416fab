/**
 * Award dates as publishers write them: ISO (the standard's "2015-03-01" or with a time), UK
 * day/month/year ("26/03/2001 00:00", as GrantNav's older files do), a spreadsheet's Date cell or
 * its serial day number. Day/month/year is the UK order; a file in month/day/year would show days
 * over 12 as errors rather than be read wrong silently.
 */
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** Excel counts days from 30 December 1899. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

function isoIfReal(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The ISO date (yyyy-mm-dd), or undefined when the value is not a date this reader knows. */
export function parseAwardDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : isoIfReal(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 1 || value > 200_000) return undefined;
    return parseAwardDate(new Date(EXCEL_EPOCH_MS + Math.floor(value) * DAY_MS));
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const iso = ISO.exec(text);
  if (iso) return isoIfReal(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return isoIfReal(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  return undefined;
}
