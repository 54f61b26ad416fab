import type { MapEdge, MapNode } from '../../analysis';
import { wrapInFull, wrapLabel } from '../render/wrapLabel';
import type { Box } from './box';
import { DIAMOND_REACH, INTERVENTION_LABEL_FONT, INTERVENTION_RADIUS, LABEL_GAP, PIP_ROOM, labelHeight, labelWidth } from './layoutUnits';

/** Interventions' labels are shortened to this many characters a line, two lines; the full name shows on hover and focus. */
export const INTERVENTION_LABEL_CHARS = 13;
const LANE_LINES = 2;
const LANE_HEADING_ROOM = 20;
const SLOT_PAD = 8;
const ROW_PAD = 3;

export interface InterventionLane {
  positions: Map<string, { x: number; y: number }>;
  lane: Box;
}

export interface LaneOptions {
  interventions: readonly MapNode[];
  edges: readonly MapEdge[];
  /** Where the factors stand: each intervention goes as near as the lane allows under those it acts on. */
  factorPositions: ReadonlyMap<string, { x: number; y: number }>;
  /** The lane spans the factors' width. */
  width: number;
  top: number;
}

/** A closing qualifier in brackets, such as "(what not to fund)": it says how to read the name. */
const QUALIFIER = /^(.*\S)\s+(\([^()]+\))$/u;

/**
 * The shortened form of an intervention's label, for its place in the lane: two lines, cut with …,
 * in the slot's width. A closing qualifier is never cut, since a funder must see "(what not to
 * fund)" without pointing at it: the name takes one line and the qualifier one or two more, balanced
 * (a third line still clears the row below: its label starts lower and its pips stand left of this text).
 */
export function interventionLines(label: string): string[] {
  const [, name, qualifier] = QUALIFIER.exec(label.trim()) ?? [];
  const kept = name && qualifier ? balanced(qualifier) : null;
  if (name && kept) return [...cutLines(wrapLabel(name, INTERVENTION_LABEL_CHARS, 1)), ...kept];
  return cutLines(wrapLabel(label, INTERVENTION_LABEL_CHARS, LANE_LINES));
}

/** A qualifier on at most two lines of the slot's width, as even as its words allow; null when it needs more. */
function balanced(qualifier: string): string[] | null {
  for (let width = Math.ceil(qualifier.length / 2); width <= INTERVENTION_LABEL_CHARS; width++) {
    const lines = wrapInFull(qualifier, width);
    if (lines.length <= 2 && lines.every((line) => line.length <= INTERVENTION_LABEL_CHARS)) return lines;
  }
  return null;
}

/** A single long word may run past the wrap width; cut it so the label keeps to its slot. */
const cutLines = (lines: string[]) => lines.map((line) => (line.length > INTERVENTION_LABEL_CHARS + 1 ? `${line.slice(0, INTERVENTION_LABEL_CHARS)}…` : line));

/**
 * The interventions' lane under the factors: a grid of diamonds, each with its evidence pips above
 * and its shortened name to its right, as compact as a legend. Interventions are sorted by the
 * middle of the factors they act on and filled in column by column, so each stands roughly under
 * what it acts on; the columns spread over the lane's whole width, and the lane takes as few rows
 * as its width allows, however many interventions a dataset has.
 */
/** The width one intervention takes in the lane: its diamond, its shortened label, and air. */
export function laneSlot(interventions: readonly Pick<MapNode, 'label'>[]): number {
  const text = Math.max(0, ...interventions.map((n) => labelWidth(interventionLines(n.label), INTERVENTION_LABEL_FONT)));
  return SLOT_PAD + DIAMOND_REACH + INTERVENTION_RADIUS + LABEL_GAP + text;
}

/** How the lane's grid comes out at a width: rows, columns, and the lane's height. */
export function laneGrid(count: number, slot: number, width: number) {
  const rows = count === 0 ? 0 : Math.ceil(count / Math.max(1, Math.floor(width / slot)));
  const columns = rows === 0 ? 0 : Math.ceil(count / rows);
  const halfText = labelHeight(LANE_LINES, INTERVENTION_LABEL_FONT) / 2;
  const above = Math.max(DIAMOND_REACH + PIP_ROOM, halfText);
  const rowHeight = above + Math.max(DIAMOND_REACH, halfText) + ROW_PAD;
  const height = rows === 0 ? 0 : LANE_HEADING_ROOM + ROW_PAD / 2 + rows * rowHeight;
  return { rows, columns, above, rowHeight, height };
}

/**
 * The interventions' lane under the factors: a grid of diamonds, each with its evidence pips above
 * and its shortened name to its right, as compact as a legend. Interventions are sorted by the
 * middle of the factors they act on and filled in column by column, so each stands roughly under
 * what it acts on; the columns spread over the lane's whole width, and the lane takes as few rows
 * as its width allows, however many interventions a dataset has.
 */
export function placeInterventionLane({ interventions, edges, factorPositions, width, top }: LaneOptions): InterventionLane {
  const positions = new Map<string, { x: number; y: number }>();
  const slot = laneSlot(interventions);
  const grid = laneGrid(interventions.length, slot, width);
  if (grid.rows === 0) return { positions, lane: { x0: 0, x1: width, y0: top, y1: top } };
  const spacing = Math.max(slot, width / grid.columns);
  const targetsX = (id: string) => {
    const xs = edges.filter((e) => e.from === id).flatMap((e) => factorPositions.get(e.to)?.x ?? []);
    return xs.length > 0 ? xs.reduce((s, v) => s + v, 0) / xs.length : width / 2;
  };
  const sorted = interventions.map((n, i) => ({ id: n.id, key: targetsX(n.id), i })).sort((a, b) => a.key - b.key || a.i - b.i);
  const firstRow = top + LANE_HEADING_ROOM + ROW_PAD / 2;
  sorted.forEach(({ id }, i) => {
    const column = Math.floor(i / grid.rows);
    const row = i % grid.rows;
    positions.set(id, { x: column * spacing + SLOT_PAD / 2 + DIAMOND_REACH, y: firstRow + row * grid.rowHeight + grid.above });
  });
  return { positions, lane: { x0: 0, x1: Math.max(width, grid.columns * spacing), y0: top, y1: top + grid.height } };
}
