import { useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { TableHead, type Column, type Sort } from './TableHead';

interface VirtualRowsProps<T> {
  caption: string;
  rows: readonly T[];
  columns: ReadonlyArray<Column<T>>;
  sort: Sort;
  onSort(key: string): void;
  renderRow(row: T, extra: Record<string, unknown>): ReactNode;
}

/** A first guess at a row's height; each drawn row is then measured, since long text wraps. */
const ESTIMATED_ROW_PX = 34;

/**
 * A long table that draws only the rows in view, with @tanstack/react-virtual, inside a box that
 * scrolls. It stays a real table for assistive technology: aria-rowcount gives the true number of
 * rows (with the header row) and each drawn row its aria-rowindex, so a screen reader says
 * "row 12,408 of 30,001" rather than the handful on the page. Spacer rows, hidden from assistive
 * technology, keep the scroll bar the size of the whole table.
 */
export function VirtualRows<T>({ caption, rows, columns, sort, onSort, renderRow }: VirtualRowsProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  // This app does not use the React Compiler, whose auto-memoisation is what this rule guards; the
  // virtualizer re-renders this component itself when the scroll position changes.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    // A row not laid out (in a folded panel, or a test's DOM) measures 0: keep the estimate rather
    // than conclude that every row fits in view.
    measureElement: (row) => row.getBoundingClientRect().height || ESTIMATED_ROW_PX,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const spacer = (height: number, key: string) =>
    height > 0 && (
      <tr key={key} className="table-spacer" aria-hidden="true">
        <td colSpan={columns.length} style={{ height }} />
      </tr>
    );
  return (
    <div className="table-scroll" ref={scroller} tabIndex={0} role="region" aria-label={`${caption}: scroll to see more rows`}>
      <table className="data-table" aria-rowcount={rows.length + 1}>
        <caption>{caption}</caption>
        <TableHead columns={columns} sort={sort} onSort={onSort} rowIndex={1} />
        <tbody>
          {spacer(before, 'before')}
          {items.map((item) =>
            renderRow(rows[item.index]!, { 'aria-rowindex': item.index + 2, 'data-index': item.index, ref: virtualizer.measureElement }),
          )}
          {spacer(after, 'after')}
        </tbody>
      </table>
    </div>
  );
}
