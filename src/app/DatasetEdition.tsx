import type { Dataset } from '../model';

/** "24 November 2026" from "2026-11-24"; a year or year-month stays as written. */
function readableDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const at = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return at.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Which edition of the dataset is on screen: its version and when it was last updated. */
export function DatasetEdition({ meta }: { meta: Dataset['meta'] }) {
  return (
    <span className="app-subtitle">
      Version {meta.version}, updated <time dateTime={meta.updated}>{readableDate(meta.updated)}</time>
    </span>
  );
}
