import type { ReactNode } from 'react';

export interface Column<T> {
  key: string;
  header: string;
  /** What the column sorts by. */
  sortValue(row: T): string | number;
  render(row: T): ReactNode;
}

export type Sort = { key: string; ascending: boolean };

/** The header row: each column's button sorts by it; aria-sort says which column orders the rows, and how. */
export function TableHead<T>({ columns, sort, onSort, rowIndex }: { columns: ReadonlyArray<Column<T>>; sort: Sort; onSort(key: string): void; rowIndex?: number }) {
  return (
    <thead>
      <tr aria-rowindex={rowIndex}>
        {columns.map((c) => (
          <th key={c.key} scope="col" aria-sort={c.key === sort.key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
            <button type="button" onClick={() => onSort(c.key)}>
              {c.header}
              <span aria-hidden="true">{c.key === sort.key ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
            </button>
          </th>
        ))}
      </tr>
    </thead>
  );
}
