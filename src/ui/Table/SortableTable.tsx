import { useMemo, useState, type ReactNode } from 'react';
import { TableHead, type Column, type Sort } from './TableHead';
import { VirtualRows } from './VirtualRows';

export type { Column } from './TableHead';

interface SortableTableProps<T> {
  caption: string;
  rows: readonly T[];
  columns: ReadonlyArray<Column<T>>;
  rowKey(row: T): string;
  rowAttributes?(row: T): Record<string, string | undefined>;
  /** How many there are without filters, when more than shown: the caption then says "2 of 11". */
  total?: number;
  /** Said in the table when it has no rows: why, and what to do. */
  empty?: ReactNode;
}

/**
 * From this many rows the table draws only the rows in view (plus a margin) inside a scrolling box:
 * a merged or imported map can have tens of thousands of links, and a row per item would freeze the
 * page. Smaller tables stay whole, so the browser's own find-in-page and printing see every row.
 */
export const VIRTUAL_FROM_ROWS = 200;

const collator = new Intl.Collator(undefined);

/** A table whose column headers sort it, announcing the order to screen readers (aria-sort). */
export function SortableTable<T>({ caption, rows, columns, rowKey, rowAttributes, total, empty }: SortableTableProps<T>) {
  const [sort, setSort] = useState<Sort>({ key: columns[0]?.key ?? '', ascending: true });
  const column = columns.find((c) => c.key === sort.key) ?? columns[0];
  const sorted = useMemo(() => {
    if (!column) return [...rows];
    // Each row's sort value is read once, not once per comparison.
    const keyed = rows.map((row) => ({ row, value: column.sortValue(row) }));
    keyed.sort((a, b) => {
      const order = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value));
      return sort.ascending ? order : -order;
    });
    return keyed.map((k) => k.row);
  }, [rows, column, sort.ascending]);
  const onSort = (key: string) => setSort((s) => ({ key, ascending: s.key === key ? !s.ascending : true }));
  const captionText = `${caption} (${total !== undefined && total !== rows.length ? `${rows.length} of ${total}` : rows.length})`;
  const renderRow = (row: T, extra: Record<string, unknown> = {}) => (
    <tr key={rowKey(row)} {...rowAttributes?.(row)} {...extra}>
      {columns.map((c) => (
        <td key={c.key}>{c.render(row)}</td>
      ))}
    </tr>
  );

  if (sorted.length >= VIRTUAL_FROM_ROWS) {
    return <VirtualRows caption={captionText} rows={sorted} columns={columns} sort={sort} onSort={onSort} renderRow={renderRow} />;
  }
  return (
    <table className="data-table">
      <caption>{captionText}</caption>
      <TableHead columns={columns} sort={sort} onSort={onSort} />
      <tbody>
        {sorted.length === 0 && empty && (
          <tr className="table-empty">
            <td colSpan={columns.length}>{empty}</td>
          </tr>
        )}
        {sorted.map((row) => renderRow(row))}
      </tbody>
    </table>
  );
}
