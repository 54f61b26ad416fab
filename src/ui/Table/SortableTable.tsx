import { useState, type ReactNode } from 'react';

export interface Column<T> {
  key: string;
  header: string;
  /** What the column sorts by. */
  sortValue(row: T): string | number;
  render(row: T): ReactNode;
}

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

type Sort = { key: string; ascending: boolean };

/** A table whose column headers sort it, announcing the order to screen readers (aria-sort). */
export function SortableTable<T>({ caption, rows, columns, rowKey, rowAttributes, total, empty }: SortableTableProps<T>) {
  const [sort, setSort] = useState<Sort>({ key: columns[0]?.key ?? '', ascending: true });
  const column = columns.find((c) => c.key === sort.key) ?? columns[0];
  const sorted = column
    ? [...rows].sort((a, b) => {
        const x = column.sortValue(a);
        const y = column.sortValue(b);
        const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
        return sort.ascending ? order : -order;
      })
    : [...rows];
  return (
    <table className="data-table">
      <caption>
        {caption} ({total !== undefined && total !== rows.length ? `${rows.length} of ${total}` : rows.length})
      </caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" aria-sort={c.key === sort.key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
              <button type="button" onClick={() => setSort((s) => ({ key: c.key, ascending: s.key === c.key ? !s.ascending : true }))}>
                {c.header}
                <span aria-hidden="true">{c.key === sort.key ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.length === 0 && empty && (
          <tr className="table-empty">
            <td colSpan={columns.length}>{empty}</td>
          </tr>
        )}
        {sorted.map((row) => (
          <tr key={rowKey(row)} {...rowAttributes?.(row)}>
            {columns.map((c) => (
              <td key={c.key}>{c.render(row)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
