import type { Point } from './createLayout';

export interface ColumnInsert {
  /** Where the new factor's stage-mates stand now (a stage may stand on several sub-columns). */
  mates: ReadonlyMap<string, Point>;
  id: string;
  /** The height a factor's row takes (its node or its wrapped label, whichever is taller). */
  rowHeight(id: string): number;
  /** Where it would best stand (beside the factors it links to); at the foot of its column when unknown. */
  wanted?: number;
}

/** Nodes this close in x stand on one sub-column. */
const SAME_X = 1;

/**
 * A factor added to a map whose layout is pinned, placed in its own stage's column: the sub-column
 * with the most room takes it, at the row nearest where it is wanted, and that sub-column's factors
 * are spaced again over the height they had, so its label gets a row like every other. Only that
 * sub-column moves, and only up or down; when it is full, it grows downwards. Null for a stage with
 * no placed factor (the force layout then places it, near its neighbours).
 */
export function insertIntoColumn({ mates, id, rowHeight, wanted }: ColumnInsert): Map<string, Point> | null {
  const subColumns: [string, Point][][] = [];
  for (const entry of [...mates].sort((a, b) => a[1].x - b[1].x)) {
    const last = subColumns.at(-1);
    if (last && Math.abs(last[0]![1].x - entry[1].x) <= SAME_X) last.push(entry);
    else subColumns.push([entry]);
  }
  if (subColumns.length === 0) return null;
  const own = rowHeight(id);
  const spanOf = (column: [string, Point][]) => {
    const sorted = [...column].sort((a, b) => a[1].y - b[1].y);
    const top = sorted[0]![1].y - rowHeight(sorted[0]![0]) / 2;
    const bottom = sorted.at(-1)![1].y + rowHeight(sorted.at(-1)![0]) / 2;
    const used = sorted.reduce((sum, [mate]) => sum + rowHeight(mate), 0);
    return { sorted, top, bottom, spare: bottom - top - used - own };
  };
  const spans = subColumns.map(spanOf);
  const best = spans.reduce((a, s) => (s.spare > a.spare + 1e-9 ? s : a));
  const at = wanted === undefined ? best.sorted.length : best.sorted.filter(([, p]) => p.y < wanted).length;
  const order = [...best.sorted.map(([mate]) => mate)];
  order.splice(at, 0, id);
  const x = best.sorted[0]![1].x;
  const gap = Math.max(0, best.spare) / order.length;
  const placed = new Map<string, Point>();
  let y = best.top;
  for (const member of order) {
    const h = rowHeight(member) + gap;
    placed.set(member, { x: member === id ? x : mates.get(member)!.x, y: y + h / 2 });
    y += h;
  }
  return placed;
}
