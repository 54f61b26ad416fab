import type { MapNode } from '../../analysis';
import { nodeRadius } from '../nodeGeometry';
import { wrapInFull } from '../render/wrapLabel';
import type { Box } from './box';
import { CHAR_EM, LABEL_FONT, LABEL_GAP, labelHeight } from './layoutUnits';

const MAX_RADIUS = 15;
const COLUMN_PAD = 10;
const ROW_PAD = 4;
/** An empty stage still keeps a narrow column, so the journey's order reads whole. */
const MIN_COLUMN_WIDTH = 80;

/** One way to stand a stage's factors: how wide their labels wrap, and on how many sub-columns. */
export interface StageShape {
  chars: number;
  /** The stage's factors, top to bottom, dealt onto side-by-side sub-columns in turn (keeping their order). */
  readonly subColumns: string[][];
  width: number;
  /** The height its tallest sub-column needs. */
  height: number;
}

export interface FactorColumns {
  positions: Map<string, { x: number; y: number }>;
  /** One box per stage: its factors and their labels. */
  columns: Box[];
  /** The width, in characters, each factor's label wraps at. */
  chars: Map<string, number>;
}

/** The height one factor's row takes in its column, in layout units: its node or its wrapped label, whichever is taller. */
export function factorRowHeight(node: MapNode | undefined, lines: number): number {
  const radius = node ? Math.min(MAX_RADIUS, nodeRadius(node)) : 8;
  return Math.max(2 * radius, labelHeight(lines, LABEL_FONT)) + ROW_PAD;
}

/** The room one factor row and one sub-column take, in layout units, at a wrap width. */
function measureOf(byId: ReadonlyMap<string, MapNode>) {
  const radius = (id: string) => {
    const node = byId.get(id);
    return node ? Math.min(MAX_RADIUS, nodeRadius(node)) : 8;
  };
  const wrapped = new Map<string, string[]>();
  const lines = (id: string, chars: number) => {
    const key = `${chars} ${id}`;
    const known = wrapped.get(key);
    if (known) return known;
    const fresh = wrapInFull(byId.get(id)?.label ?? id, chars);
    wrapped.set(key, fresh);
    return fresh;
  };
  return {
    radius,
    reach: (ids: readonly string[]) => Math.max(0, ...ids.map(radius)),
    rowHeight: (id: string, chars: number) => factorRowHeight(byId.get(id), lines(id, chars).length),
    longestLine: (id: string, chars: number) => lines(id, chars).reduce((w, l) => Math.max(w, l.length), 0),
    /** A sub-column's width from its longest line (in characters) and its largest node's radius. */
    subWidthOf: (longest: number, reach: number) => COLUMN_PAD + 2 * reach + LABEL_GAP + longest * LABEL_FONT * CHAR_EM,
    subWidth: (ids: readonly string[], chars: number) => {
      if (ids.length === 0) return 0;
      const longest = Math.max(chars * 0.6, ...ids.map((id) => lines(id, chars).reduce((w, l) => Math.max(w, l.length), 0)));
      return COLUMN_PAD + 2 * Math.max(0, ...ids.map(radius)) + LABEL_GAP + longest * LABEL_FONT * CHAR_EM;
    },
  };
}

/**
 * Every sensible shape of one stage: for each wrap width, as one column or dealt onto two, three
 * or more sub-columns (only counts that shorten it). A sub-column is as wide as its own labels and
 * largest node need, no wider.
 */
export function stageShapes(column: readonly string[], wraps: readonly number[], byId: ReadonlyMap<string, MapNode>): StageShape[] {
  const m = measureOf(byId);
  const shapes: StageShape[] = [];
  const radii = column.map(m.radius);
  for (const chars of wraps) {
    // Each factor's row height and longest line at this wrap, measured once: every count reuses them.
    const rows = column.map((id) => m.rowHeight(id, chars));
    const longest = column.map((id) => m.longestLine(id, chars));
    for (let count = 1; count <= Math.max(1, Math.ceil(column.length / 2)); count++) {
      if (count > 1 && Math.ceil(column.length / count) === Math.ceil(column.length / (count - 1))) continue;
      // Dealt in turn, in one pass; each sub-column's sums kept in the order its factors stand.
      const tall = new Array<number>(count).fill(0);
      const wide = new Array<number>(count).fill(chars * 0.6);
      const reach = new Array<number>(count).fill(0);
      const filled = new Array<boolean>(count).fill(false);
      for (let i = 0; i < column.length; i++) {
        const s = i % count;
        filled[s] = true;
        tall[s]! += rows[i]!;
        wide[s] = Math.max(wide[s]!, longest[i]!);
        reach[s] = Math.max(reach[s]!, radii[i]!);
      }
      let sum = 0;
      for (let s = 0; s < count; s++) sum += filled[s] ? m.subWidthOf(wide[s]!, reach[s]!) : 0;
      const width = Math.max(MIN_COLUMN_WIDTH, sum);
      const height = tall.reduce((h, t) => Math.max(h, t), 0);
      // The factors themselves are dealt out only for the shape chosen (most shapes are only compared).
      shapes.push({
        chars,
        get subColumns() {
          const subColumns: string[][] = Array.from({ length: count }, () => []);
          column.forEach((id, i) => subColumns[i % count]!.push(id));
          return subColumns;
        },
        width,
        height,
      });
    }
  }
  return shapes;
}

/**
 * The factors in their journey columns, left to right, each with its label to its right, in full.
 * Every sub-column spreads its factors over the whole height; width beyond what the shapes need is
 * shared out between the sub-columns, so the journey spans the whole lane under it.
 */
export function placeFactorColumns(shapes: readonly StageShape[], size: { width: number; height: number }, top: number, byId: ReadonlyMap<string, MapNode>): FactorColumns {
  const m = measureOf(byId);
  const positions = new Map<string, { x: number; y: number }>();
  const chars = new Map<string, number>();
  const needed = shapes.reduce((w, s) => w + s.width, 0);
  const share = Math.max(0, size.width - needed) / Math.max(1, shapes.reduce((n, s) => n + s.subColumns.length, 0));
  const columns: Box[] = [];
  let x = 0;
  for (const shape of shapes) {
    const x0 = x;
    for (const ids of shape.subColumns) {
      const used = ids.reduce((sum, id) => sum + m.rowHeight(id, shape.chars), 0);
      const spare = (size.height - used) / Math.max(1, ids.length);
      let y = top;
      const reach = m.reach(ids);
      for (const id of ids) {
        const h = m.rowHeight(id, shape.chars) + spare;
        positions.set(id, { x: x + share / 2 + COLUMN_PAD / 2 + reach, y: y + h / 2 });
        chars.set(id, shape.chars);
        y += h;
      }
      x += share + m.subWidth(ids, shape.chars);
    }
    x = Math.max(x, x0 + shape.width + share * shape.subColumns.length);
    columns.push({ x0, x1: x, y0: top, y1: top + size.height });
  }
  return { positions, columns, chars };
}
