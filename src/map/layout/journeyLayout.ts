import type { MapEdge, MapNode } from '../../analysis';
import { orderColumns } from './columnOrder';
import { placeFactorColumns, stageShapes, type StageShape } from './factorColumns';
import { laneGrid, laneSlot, placeInterventionLane } from './interventionLane';
import type { Box } from './box';
import type { Point } from './createLayout';
import { orderFromPositions } from './publishedOrder';

export { CHAR_EM, INTERVENTION_LABEL_FONT, INTERVENTION_RADIUS, LABEL_FONT, LABEL_GAP, LINE_EM, labelHeight, labelWidth } from './layoutUnits';
export { INTERVENTION_LABEL_CHARS, interventionLines } from './interventionLane';

/**
 * The map's reading order, computed without a simulation so the same dataset always gives the
 * same picture. Left to right, each journey stage is a column of factors, ordered so links cross
 * little (columnOrder.ts), each factor's label to its right, in full, wrapped (factorColumns.ts).
 * Under the factors, a lane holds the interventions (interventionLane.ts).
 *
 * The shape is chosen to fill a reference view as fully as possible: the map on a 1280×800 screen,
 * beside the legend and clear of the zoom buttons. Filling it means the largest scale, so labels
 * there are drawn at least 11 px high. For each height the factors may take, every stage takes its
 * narrowest shape that fits (its own wrap width, one column or several side by side); then the
 * width is chosen that best trades the lane's rows against the view's width. Nothing here depends
 * on a particular dataset: a bigger one gets narrower wraps, more sub-columns or more lane rows,
 * whichever costs least.
 */
const REFERENCE = { width: 950, height: 700 };
const WRAP_CHOICES = [14, 16, 18, 20, 24];
const HEADING_ROOM = 26;
const LANE_GAP = 10;
const EDGE_PAD = 4;
const MIN_COLUMNS_HEIGHT = 160;
/** How much wider than the factors need the picture may be made, to give the lane fewer rows. */
const MAX_WIDENING = 1.6;

export interface JourneyGeometry {
  /** One box per stage: the stage's factors and their labels. */
  columns: Box[];
  /** The interventions' lane. */
  lane: Box;
  /** Where the whole picture lies, headings and labels included: what "fit" shows. */
  extent: Box;
  /** The widest wrap, in characters, of any factor's label (room kept for labels when fitting). */
  labelChars: number;
  /** The width, in characters, each factor's label wraps at (its stage's). */
  factorChars: ReadonlyMap<string, number>;
}

export interface JourneyLayout {
  positions: Map<string, { x: number; y: number }>;
  geometry: JourneyGeometry;
}

export interface JourneyOptions {
  nodes: readonly MapNode[];
  edges: readonly MapEdge[];
  stageCount: number;
  /** The dataset's published positions: where every factor of a stage has one, its order is read from them. */
  pinned?: Readonly<Record<string, Point>>;
}

interface Choice {
  shapes: StageShape[];
  height: number;
  width: number;
  scale: number;
}

export function journeyLayout(options: JourneyOptions): JourneyLayout {
  const factors = options.nodes.filter((n) => n.kind === 'factor');
  const interventions = options.nodes.filter((n) => n.kind === 'intervention');
  const stages = Array.from({ length: Math.max(1, options.stageCount) }, (_, i) => factors.filter((f) => (f.stageIndices[0] ?? 0) === i).map((f) => f.id));
  const pinned = options.pinned;
  const published = pinned ? stages.map((column) => orderFromPositions(column, pinned)) : [];
  const order = published.length > 0 && published.every((column) => column !== null)
    ? (published as string[][])
    : orderColumns(
        stages,
        options.edges.filter((e) => e.kind === 'link'),
      );
  const byId = new Map(options.nodes.map((n) => [n.id, n]));
  const shapesByStage = order.map((column) => stageShapes(column, WRAP_CHOICES, byId));
  const heights = [...new Set(shapesByStage.flat().map((s) => Math.max(MIN_COLUMNS_HEIGHT, s.height)))].sort((a, b) => a - b);
  const slot = laneSlot(interventions);
  let best: Choice | null = null;
  for (const limit of heights) {
    // Each stage's narrowest shape within the height; fewer sub-columns, then narrower wraps, break ties.
    const shapes = shapesByStage.map((options) =>
      options.filter((s) => s.height <= limit).reduce<StageShape | undefined>((a, s) => (!a || s.width < a.width - 1e-9 ? s : a), undefined),
    );
    if (shapes.some((s) => !s)) continue;
    const chosen = shapes as StageShape[];
    const height = Math.max(MIN_COLUMNS_HEIGHT, ...chosen.map((s) => s.height));
    const needed = chosen.reduce((w, s) => w + s.width, 0);
    const widths = [needed];
    for (let k = Math.ceil(needed / slot); k * slot <= needed * MAX_WIDENING; k++) widths.push(Math.max(needed, k * slot));
    for (const width of widths) {
      const laneHeight = laneGrid(interventions.length, slot, width).height;
      const total = { width: width + 2 * EDGE_PAD, height: HEADING_ROOM + height + (laneHeight > 0 ? LANE_GAP + laneHeight : 0) + EDGE_PAD };
      const scale = Math.min(REFERENCE.width / total.width, REFERENCE.height / total.height);
      if (!best || scale > best.scale + 1e-9) best = { shapes: chosen, height, width, scale };
    }
  }
  return place(best ?? { shapes: shapesByStage.map((s) => s[0]!), height: MIN_COLUMNS_HEIGHT, width: 0, scale: 1 }, byId, interventions, options.edges);
}

function place(choice: Choice, byId: ReadonlyMap<string, MapNode>, interventions: readonly MapNode[], edges: readonly MapEdge[]): JourneyLayout {
  const factors = placeFactorColumns(choice.shapes, choice, HEADING_ROOM, byId);
  const width = Math.max(choice.width, ...factors.columns.map((c) => c.x1));
  const { positions: lanePositions, lane } = placeInterventionLane({
    interventions,
    edges,
    factorPositions: factors.positions,
    width,
    top: HEADING_ROOM + choice.height + LANE_GAP,
  });
  const hasLane = lane.y1 > lane.y0;
  const positions = new Map([...factors.positions, ...lanePositions]);
  const extent = { x0: -EDGE_PAD, x1: Math.max(width, lane.x1) + EDGE_PAD, y0: 0, y1: (hasLane ? lane.y1 : HEADING_ROOM + choice.height) + EDGE_PAD };
  const labelChars = Math.max(0, ...factors.chars.values()) || WRAP_CHOICES[0]!;
  return { positions, geometry: { columns: factors.columns, lane, extent, labelChars, factorChars: factors.chars } };
}

/** A factor row and a sub-column at the quick layout's one wrap width, estimated rather than measured. */
const QUICK_WRAP = WRAP_CHOICES[1]!;
const QUICK_ROW = 26;
const QUICK_SUB_COLUMN = 150;

/**
 * A first picture in O(nodes + edges), for a map whose journey layout takes a while (it is then
 * computed in a worker): the same columns and lane, each stage's factors in list order, dealt onto
 * enough sub-columns to keep the picture about the reference view's shape. Nodes move from here
 * to their journey places once those are known.
 */
export function quickJourneyLayout(options: JourneyOptions): JourneyLayout {
  const factors = options.nodes.filter((n) => n.kind === 'factor');
  const interventions = options.nodes.filter((n) => n.kind === 'intervention');
  const stages: string[][] = Array.from({ length: Math.max(1, options.stageCount) }, () => []);
  for (const f of factors) stages[Math.min(stages.length - 1, f.stageIndices[0] ?? 0)]!.push(f.id);
  const height = Math.max(MIN_COLUMNS_HEIGHT, Math.sqrt((factors.length * QUICK_ROW * QUICK_SUB_COLUMN * REFERENCE.height) / REFERENCE.width));
  const shapes: StageShape[] = stages.map((column) => {
    const count = Math.max(1, Math.ceil((column.length * QUICK_ROW) / height));
    const subColumns: string[][] = Array.from({ length: count }, () => []);
    column.forEach((id, i) => subColumns[i % count]!.push(id));
    return { chars: QUICK_WRAP, subColumns, width: count * QUICK_SUB_COLUMN, height };
  });
  const width = shapes.reduce((w, s) => w + s.width, 0);
  return place({ shapes, height, width, scale: 1 }, new Map(options.nodes.map((n) => [n.id, n])), interventions, options.edges);
}
