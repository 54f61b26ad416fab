/**
 * The shape every file format is read into and written from: nodes, edges, named loops and
 * positions, each with a flat bag of attributes named as the file names them (lower-cased, as
 * Kumu does). Formats only convert between their bytes and this table; turning a table into a
 * Dataset (and back) is done once, in import/ and export/, so every format maps the same way.
 */

export type Attributes = Record<string, unknown>;

export interface TableNode {
  /** The node's key in the file (Kumu `_id`, GEXF/GraphML id, spreadsheet ID or label). */
  key: string;
  attributes: Attributes;
  /** Where the file has it, for the report: `elements[3]`, `elements.csv, row 5`. */
  where?: string;
}

export type EdgeDirection = 'directed' | 'undirected' | 'mutual';

export interface TableEdge {
  key: string;
  from: string;
  to: string;
  direction: EdgeDirection;
  attributes: Attributes;
  where?: string;
}

export interface TableLoop {
  key: string;
  attributes: Attributes;
  /** The keys of the edges the loop's authors chose, in the order the file lists them. */
  edges: string[];
  where?: string;
}

export interface Point {
  x: number;
  y: number;
}

/** Something a format reader could not take, located in the file, for the import report. */
export interface FormatNote {
  where: string;
  message: string;
}

export interface GraphTable {
  /** The format's name as a person would say it: "Kumu JSON", "CSV", "GEXF". */
  format: string;
  fileName: string;
  title?: string;
  description?: string;
  nodes: TableNode[];
  edges: TableEdge[];
  loops: TableLoop[];
  positions: Map<string, Point>;
  /** This map's own meta, vocabularies, sources and gaps, when the file was written by this map. */
  context?: unknown;
  notes: FormatNote[];
  /** What the reader had to assume (an element made from a connection's end, say). */
  assumed: string[];
}

/** The attribute name under which our exports carry the parts of a dataset a graph has no place for. */
export const CONTEXT_ATTRIBUTE = 'reoffending-map-context';

/**
 * Attribute names are compared lower-cased and trimmed, as Kumu stores them. `__proto__` names
 * nothing a map means and would reach the object's prototype if assigned: it reads as no name.
 */
export function attributeName(name: string): string {
  const normal = name.trim().toLowerCase().replace(/\s+/g, ' ');
  return normal === '__proto__' ? '' : normal;
}

/**
 * Spaces, tabs, returns and zero-width characters (which JavaScript's trim keeps: a zero-width
 * space before "Housing" made a second Housing factor) at either end of a value.
 */
const EDGES = /^[\s\u200b-\u200d\u2060\ufeff]+|[\s\u200b-\u200d\u2060\ufeff]+$/g;
export const trimEdges = (text: string): string => text.replace(EDGES, '');

/**
 * The one trimming rule for every field an importer reads: spaces, tabs, returns and zero-width
 * characters at either end are not part of a value, so "\tRecall" in a connections sheet names
 * the elements sheet's "Recall", not a second factor. A field with nothing else in it is empty.
 */
export function fieldText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = trimEdges(value);
  return text === '' ? undefined : text;
}

export function emptyTable(format: string, fileName: string): GraphTable {
  return { format, fileName, nodes: [], edges: [], loops: [], positions: new Map(), notes: [], assumed: [] };
}

/** Reads a coordinate leniently: files write numbers as numbers or as text. */
export function finiteNumber(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}
