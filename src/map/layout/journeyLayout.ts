import type { MapEdge, MapNode } from '../../analysis';
import { nodeRadius } from '../nodeSize';
import { wrapInFull, wrapLabel } from '../render/wrapLabel';
import { orderColumns } from './columnOrder';
import type { Box } from './box';

/**
 * The map's reading order, computed without a simulation so the same dataset always gives the
 * same picture. Left to right, each journey stage is a column of factors, ordered so links cross
 * little (columnOrder.ts); a crowded stage wraps onto side-by-side sub-columns so no column
 * towers over an empty one. Each factor's label sits to its right, in full, wrapped. Under the
 * factors, a lane holds the interventions, each under the middle of the factors it acts on.
 *
 * Sizes are in layout units; a label is LABEL_FONT units high. The shape is chosen to fill a
 * reference map area (the map on a 1280×800 screen beside the legend) as fully as possible, so
 * labels there are drawn at least 11 px high.
 */
export const LABEL_FONT = 12;
export const INTERVENTION_LABEL_FONT = 11;
/** An estimate of a character's width, in ems, on the wide side (DejaVu Sans), so labels never collide. */
export const CHAR_EM = 0.56;
export const LINE_EM = 1.15;
/** Gap between a factor and its label. */
export const LABEL_GAP = 5;
/** Interventions' labels are shortened to this many characters a line, two lines; the full name shows on hover and focus. */
export const INTERVENTION_LABEL_CHARS = 13;

const REFERENCE = { width: 950, height: 660 };
const WRAP_CHOICES = [14, 16, 18, 20, 24];
const MAX_RADIUS = 15;
/** Interventions are all one size: the lane is a row of choices, not a ranking. */
export const INTERVENTION_RADIUS = 9;
const COLUMN_PAD = 10;
const ROW_PAD = 4;
const HEADING_ROOM = 26;
const LANE_GAP = 16;
const LANE_HEADING_ROOM = 20;
const LANE_SLOT_PAD = 10;
/** Room above a diamond for its evidence pips. */
const PIP_ROOM = 9;

export interface JourneyGeometry {
  /** One box per stage: the stage's factors and their labels. */
  columns: Box[];
  /** The interventions' lane. */
  lane: Box;
  /** Where the whole picture lies, headings and labels included: what "fit" shows. */
  extent: Box;
  /** The width, in characters, factor labels wrap at. */
  labelChars: number;
}

export interface JourneyLayout {
  positions: Map<string, { x: number; y: number }>;
  geometry: JourneyGeometry;
}

export interface JourneyOptions {
  nodes: readonly MapNode[];
  edges: readonly MapEdge[];
  stageCount: number;
}

const labelHeight = (lines: number, font: number) => lines * font * LINE_EM;
const labelWidth = (lines: readonly string[], font: number) => Math.max(1, ...lines.map((l) => l.length)) * font * CHAR_EM;

export function journeyLayout(options: JourneyOptions): JourneyLayout {
  const factors = options.nodes.filter((n) => n.kind === 'factor');
  const interventions = options.nodes.filter((n) => n.kind === 'intervention');
  const stages = Array.from({ length: Math.max(1, options.stageCount) }, (_, i) => factors.filter((f) => (f.stageIndices[0] ?? 0) === i).map((f) => f.id));
  const order = orderColumns(
    stages,
    options.edges.filter((e) => e.kind === 'link'),
  );
  const byId = new Map(options.nodes.map((n) => [n.id, n]));
  const most = Math.max(1, ...order.map((c) => c.length));
  let best: JourneyLayout | null = null;
  let bestScale = -Infinity;
  for (const chars of WRAP_CHOICES) {
    for (let rows = most; rows >= Math.ceil(most / 3); rows--) {
      const candidate = place(order, rows, chars, byId, interventions, options.edges);
      const { extent } = candidate.geometry;
      const scale = Math.min(REFERENCE.width / (extent.x1 - extent.x0), REFERENCE.height / (extent.y1 - extent.y0));

      // Fewer sub-columns win ties: a stage reads best as one column.
      if (scale > bestScale + 1e-9) {
        best = candidate;
        bestScale = scale;
      }
    }
  }
  return best ?? place(order, most, 18, byId, interventions, options.edges);
}

function place(
  order: readonly (readonly string[])[],
  rows: number,
  chars: number,
  byId: ReadonlyMap<string, MapNode>,
  interventions: readonly MapNode[],
  edges: readonly MapEdge[],
): JourneyLayout {
  const positions = new Map<string, { x: number; y: number }>();
  const radius = (id: string) => {
    const node = byId.get(id);
    return node ? Math.min(MAX_RADIUS, nodeRadius(node)) : 8;
  };
  const rowHeight = (id: string) =>
    Math.max(2 * radius(id), labelHeight(wrapInFull(byId.get(id)?.label ?? id, chars).length, LABEL_FONT)) + ROW_PAD;
  // Each stage's ordered factors go onto sub-columns in turn (zigzag), keeping their top-to-bottom order.
  const subColumns = order.map((column) => {
    const count = Math.max(1, Math.ceil(column.length / rows));
    return Array.from({ length: count }, (_, s) => column.filter((_, i) => i % count === s));
  });
  const subWidth = (ids: readonly string[]) =>
    2 * MAX_RADIUS + LABEL_GAP + Math.max(chars * 0.6, ...ids.map((id) => wrapInFull(byId.get(id)?.label ?? id, chars).reduce((m, l) => Math.max(m, l.length), 0))) * LABEL_FONT * CHAR_EM + COLUMN_PAD;
  const height = Math.max(160, ...subColumns.flat().map((ids) => ids.reduce((sum, id) => sum + rowHeight(id), 0)));
  const top = HEADING_ROOM;
  const columns: Box[] = [];
  let x = 0;
  for (const subs of subColumns) {
    const x0 = x;
    for (const ids of subs) {
      const width = subWidth(ids);
      const used = ids.reduce((sum, id) => sum + rowHeight(id), 0);
      const spare = (height - used) / Math.max(1, ids.length);
      let y = top;
      for (const id of ids) {
        const h = rowHeight(id) + spare;
        positions.set(id, { x: x + COLUMN_PAD / 2 + MAX_RADIUS, y: y + h / 2 });
        y += h;
      }
      x += width;
    }
    columns.push({ x0, x1: Math.max(x, x0 + 80), y0: top, y1: top + height });
    x = Math.max(x, x0 + 80);
  }
  const width = x;
  // The lane: interventions sorted by the middle of what they act on, spread evenly, staggered onto rows.
  const slot = INTERVENTION_LABEL_CHARS * INTERVENTION_LABEL_FONT * CHAR_EM + LANE_SLOT_PAD;
  const laneRows = interventions.length === 0 ? 0 : Math.max(1, Math.ceil((interventions.length * slot) / width));
  const laneRowHeight = 2.5 * INTERVENTION_RADIUS + PIP_ROOM + labelHeight(2, INTERVENTION_LABEL_FONT) + ROW_PAD;
  const laneTop = top + height + LANE_GAP;
  const targetsX = (id: string) => {
    const xs = edges.filter((e) => e.from === id).flatMap((e) => positions.get(e.to)?.x ?? []);
    return xs.length > 0 ? xs.reduce((s, v) => s + v, 0) / xs.length : width / 2;
  };
  const sorted = interventions.map((n, i) => ({ id: n.id, key: targetsX(n.id), i })).sort((a, b) => a.key - b.key || a.i - b.i);
  sorted.forEach(({ id }, i) => {
    const row = i % laneRows;
    positions.set(id, { x: ((i + 0.5) * width) / sorted.length, y: laneTop + LANE_HEADING_ROOM + PIP_ROOM + 1.25 * INTERVENTION_RADIUS + row * laneRowHeight });
  });
  const lane = { x0: 0, x1: width, y0: laneTop, y1: laneTop + LANE_HEADING_ROOM + laneRows * laneRowHeight };
  const extent = { x0: -4, x1: width + 4, y0: 0, y1: (laneRows > 0 ? lane.y1 : top + height) + 4 };
  return { positions, geometry: { columns, lane, extent, labelChars: chars } };
}

/** The shortened two-line form of an intervention's label, for its place in the lane. */
export function interventionLines(label: string): string[] {
  // A single long word may run past the wrap width; cut it so the label keeps to its slot.
  return wrapLabel(label, INTERVENTION_LABEL_CHARS, 2).map((line) => (line.length > INTERVENTION_LABEL_CHARS + 1 ? `${line.slice(0, INTERVENTION_LABEL_CHARS)}…` : line));
}

export { labelWidth, labelHeight };
