import { COST_BAND_SCALE, COST_FILTER_VALUES, IMPACT_CUTOFFS, IMPACT_SCALE, describeCostBand, type CostBand, type EvidenceLevel, type ImpactLevel, type Intervention } from '../../model';
import { costFilterValue, impactOf } from '../../analysis';
import { wrapText } from '../Export/wrapText';

/**
 * Where each intervention sits on the impact-against-cost picture (the EEF and YEF toolkits' view):
 * a grid of impact rows by cost columns, every mark in its cell's own slot, so no two marks or
 * labels ever overlap and the same filters always draw the same picture. Pure: no React, no DOM.
 */

/** Top to bottom: growing benefit above the line, no clear effect on it, harm below, not known apart. */
export const IMPACT_ROWS = ['large', 'moderate', 'small', 'no-clear-effect', 'harmful', 'not-known'] as const satisfies readonly ImpactLevel[];

/**
 * Left to right: the cost bands in pounds; apart, costs cited only in another currency (known, not
 * converted or banded, each cell's marks ordered by amount, cheapest first); then "not known" apart.
 */
export const COST_COLUMNS = COST_FILTER_VALUES;
export type CostColumn = (typeof COST_COLUMNS)[number];

/** Mark size by evidence strength: the surer the research, the bigger the mark. */
export const MARK_RADIUS: Record<EvidenceLevel, number> = { testimony: 5, weak: 6.5, limited: 8, moderate: 10, strong: 12 };
const LARGEST = MARK_RADIUS.strong;

/** The picture's width: as wide as its space allows, between these (narrower, it scrolls sideways). */
export const CHART_WIDTH = { min: 920, max: 1080 } as const;
const LEFT = 180;
const TOP = 12;
const AXIS = 52;
const SLOT = 2 * LARGEST + 10;
/** From a mark's centre to its label's start: clear of the widest mark (the harm triangle). */
export const LABEL_OFFSET = 20;
const ROW_PAD = 14;
/** A column is never narrower than its heading ("Cost not known"). */
const COLUMN_MIN = 100;
/** A crowded cell splits into sub-columns at least this wide, each a mark and a two-line label. */
const SUB_COLUMN = 170;
/** The gap that sets "not known" apart from the scale, down and across. */
const APART = 14;

export interface ChartMark {
  id: string;
  label: string;
  impact: ImpactLevel;
  cost: CostColumn;
  evidence: EvidenceLevel;
  x: number;
  y: number;
  r: number;
  /** The label in at most two lines that fit its cell; the full name is the mark's accessible name and tooltip. */
  labelLines: string[];
}

export interface ChartBand<T extends string> {
  id: T;
  /** Left or top edge. */
  start: number;
  size: number;
  label: string;
  /** A second line: what the band means. */
  detail: string;
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  columns: Array<ChartBand<CostColumn>>;
  rows: Array<ChartBand<(typeof IMPACT_ROWS)[number]>>;
  /** The no-effect line: harm below it, benefit above. */
  lineY: number;
  /** In reading order: row by row, left to right, top to bottom within a cell. */
  marks: ChartMark[];
}

/** The same three kinds of cost the cost filter reads: a band in pounds, another currency, not known. */
export function costColumnOf(intervention: Intervention): CostColumn {
  return costFilterValue(intervention);
}

/** The columns set apart from the scale in pounds. */
const apart = (column: CostColumn) => column === 'other-currency' || column === 'not-known';

/** Up to two lines; a longer name ends in an ellipsis. */
export const LABEL_PX = 11.5;
function labelLines(label: string, room: number): string[] {
  const lines = wrapText(label, room, LABEL_PX);
  if (lines.length <= 2) return lines;
  const second = lines.slice(1).join(' ');
  const fits = lines[0]!.length;
  return [lines[0]!, `${second.slice(0, Math.max(1, fits - 1)).trimEnd()}…`];
}

// A cost cited in another currency is known but not banded (no cited exchange rate): its own column, named by its currencies.
function costLabel(column: CostColumn, currencies: readonly string[]): string {
  if (column === 'not-known') return 'Cost not known';
  if (column === 'other-currency') return `In ${currencies.length ? currencies.join(', ') : 'other currency'}`;
  return COST_BAND_SCALE[column].signs;
}
function costDetail(column: CostColumn): string {
  if (column === 'not-known') return 'no source cites one';
  if (column === 'other-currency') return 'not in £, not converted';
  return describeCostBand(column as CostBand).replace(' per participant', '');
}
/** Within a cell marks run by name, except costs in another currency: by amount, cheapest first. */
function cellOrder(column: CostColumn): (a: Intervention, b: Intervention) => number {
  const amount = (i: Intervention) => (i.cost ? (i.cost.perParticipant.low + i.cost.perParticipant.high) / 2 : 0);
  return column === 'other-currency' ? (a, b) => amount(a) - amount(b) || a.label.localeCompare(b.label) : (a, b) => a.label.localeCompare(b.label);
}

export function chartLayout(interventions: readonly Intervention[], room: number = CHART_WIDTH.max): ChartLayout {
  const width = Math.round(Math.min(CHART_WIDTH.max, Math.max(CHART_WIDTH.min, room)));
  const cells = new Map<string, Intervention[]>();
  const key = (row: ImpactLevel, column: CostColumn) => `${row}|${column}`;
  for (const intervention of interventions) {
    const cell = key(impactOf(intervention).level, costColumnOf(intervention));
    cells.set(cell, [...(cells.get(cell) ?? []), intervention]);
  }
  // Every column is wide enough for its heading; the rest of the width goes to the columns with
  // marks, in proportion to how many, so a crowded column (often "cost not known") is not cramped.
  const count = (column: CostColumn) => IMPACT_ROWS.reduce((n, row) => n + (cells.get(key(row, column))?.length ?? 0), 0);
  // The other-currency column is drawn only where some cost is cited in another currency.
  const shown = COST_COLUMNS.filter((column) => column !== 'other-currency' || count(column) > 0);
  const inColumn = shown.map(count);
  const spare = width - LEFT - APART * shown.filter(apart).length - 8 - COLUMN_MIN * shown.length;
  const currencies = [...new Set(interventions.flatMap((i) => (costColumnOf(i) === 'other-currency' && i.cost ? [i.cost.currency] : [])))].sort();
  const total = inColumn.reduce((a, b) => a + b, 0);
  let x = LEFT;
  const columns = shown.map((id, i) => {
    if (apart(id)) x += APART;
    const size = COLUMN_MIN + (total > 0 ? (spare * inColumn[i]!) / total : spare / shown.length);
    const column = { id, start: x, size, label: costLabel(id, currencies), detail: costDetail(id), across: Math.max(1, Math.floor(size / SUB_COLUMN)) };
    x += size;
    return column;
  });
  // Marks in a cell fill its sub-columns row by row; a row of the picture is as tall as its fullest cell.
  const lines = (row: ImpactLevel, column: (typeof columns)[number]) => Math.ceil((cells.get(key(row, column.id))?.length ?? 0) / column.across);
  let y = TOP;
  const rows = IMPACT_ROWS.map((id) => {
    const most = Math.max(1, ...columns.map((column) => lines(id, column)));
    if (id === 'not-known') y += APART;
    const row = { id, start: y, size: most * SLOT + 2 * ROW_PAD, label: IMPACT_SCALE[id].label, detail: impactRowWords(id) };
    y += row.size;
    return row;
  });
  const marks: ChartMark[] = [];
  for (const row of rows) {
    for (const column of columns) {
      const inCell = [...(cells.get(key(row.id, column.id)) ?? [])].sort(cellOrder(column.id));
      const across = Math.min(column.across, Math.max(1, inCell.length));
      const slotWidth = column.size / column.across;
      // The stack sits in the middle of its row, so marks of no clear effect sit on the line.
      const first = row.start + row.size / 2 - ((Math.ceil(inCell.length / across) - 1) * SLOT) / 2;
      inCell.forEach((intervention, i) => {
        const evidence = intervention.evidence.strength;
        marks.push({
          id: intervention.id,
          label: intervention.label,
          impact: row.id,
          cost: column.id,
          evidence,
          x: column.start + (i % across) * slotWidth + LARGEST + 8,
          y: first + Math.floor(i / across) * SLOT,
          r: MARK_RADIUS[evidence],
          labelLines: labelLines(intervention.label, slotWidth - LABEL_OFFSET - LARGEST - 18),
        });
      });
    }
  }
  const noEffect = rows.find((r) => r.id === 'no-clear-effect')!;
  const bottom = y;
  return {
    width,
    height: bottom + AXIS,
    plot: { left: LEFT, top: TOP, right: width - 8, bottom },
    columns,
    rows,
    lineY: noEffect.start + noEffect.size / 2,
    marks,
  };
}

/** The row's cut-offs in a few words, read from the one written rule. */
export function impactRowWords(level: ImpactLevel): string {
  const { noClearEffect, moderate, large } = IMPACT_CUTOFFS;
  const words: Record<ImpactLevel, string> = {
    large: `${large}% or more fewer reoffend`,
    moderate: `${moderate}% to ${large}% fewer`,
    small: `${noClearEffect}% to ${moderate}% fewer`,
    'no-clear-effect': 'no clear change',
    harmful: 'more people reoffend',
    'not-known': 'no figure that converts',
  };
  return words[level];
}
