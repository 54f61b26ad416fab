import type { Dataset } from '../model';

/** "24 November 2026" from "2026-11-24"; a year or year-month stays as written. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "2026-11-30" → "30 November 2026", as en-GB writes it. By hand rather than with Intl: the first
 * date format a page makes loads locale data, a sizeable part of the bundled map's first paint.
 */
function readableDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  const day = match ? Number(match[3]) : 0;
  if (!match || !month || day < 1 || day > 31) return date;
  return `${day} ${month} ${Number(match[1])}`;
}

/** Which edition of the dataset is on screen: its version and when it was last updated. */
export function DatasetEdition({ meta }: { meta: Dataset['meta'] }) {
  return (
    <span className="app-subtitle">
      Version {meta.version}, updated <time dateTime={meta.updated}>{readableDate(meta.updated)}</time>
    </span>
  );
}
