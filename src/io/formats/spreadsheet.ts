import { attributeName, emptyTable, fieldText, finiteNumber, type Attributes, type EdgeDirection, type GraphTable } from './graphTable';
import { isSourcesSheet, sourcesFromSheet, sourcesToRows } from './sourcesSheet';
import { NOT_MAP_GRANTS, looksLikeGrantsColumns } from '../grants/recognise';
import type { Refusal } from './formatEntry';

/**
 * Kumu-style spreadsheets, shared by CSV and XLSX: an elements sheet (Label, Type, Description,
 * Tags, any other column) and a connections sheet (From, To, Type, Direction, any other column).
 * A sheet with From and To columns is a connections sheet; any other is an elements sheet.
 * Several values in one cell are separated by pipes ("a | b"), read where a field takes a list.
 * Our own exports add a sources sheet (see sourcesSheet), so cited sources keep their details.
 */

export interface Sheet {
  /** For messages: "elements.csv" or "workbook.xlsx, sheet Connections". */
  name: string;
  /** Header cells as written, then one record per row, keyed by header; cells trimmed by `fieldText` when read. */
  rows: Array<Record<string, string>>;
}

const isConnections = (sheet: Sheet) => sheet.rows.some((row) => Object.keys(row).some((k) => attributeName(k) === 'from'));

function normalise(row: Record<string, string>, typeName: string): Attributes {
  const attributes: Attributes = {};
  for (const [header, cell] of Object.entries(row)) {
    const name = attributeName(header);
    const text = fieldText(cell);
    if (name === '' || text === undefined) continue;
    attributes[name === 'type' ? typeName : name] = text;
  }
  return attributes;
}

function direction(value: unknown): EdgeDirection {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return text === 'undirected' || text === 'mutual' ? text : 'directed';
}

/** A sheet of grants (an "Amount Awarded" column) is refused, saying where it is read, rather than read as elements without labels. */
export function grantsSheetRefusal(sheets: readonly Sheet[]): Refusal | undefined {
  const grants = sheets.find((sheet) => looksLikeGrantsColumns([...new Set(sheet.rows.slice(0, 5).flatMap((row) => Object.keys(row)))]));
  return grants && { where: grants.name, error: NOT_MAP_GRANTS, grantsFile: true };
}

export function fromSheets(sheets: Sheet[], format: string, fileName: string): GraphTable {
  const table = emptyTable(format, fileName);
  const byLabel = new Map<string, string>();
  const keys = new Set<string>();
  const sourceSheets = sheets.filter(isSourcesSheet);
  if (sourceSheets.length > 0) table.context = { sources: sourceSheets.flatMap((sheet) => sourcesFromSheet(sheet, table.notes)) };
  for (const sheet of sheets.filter((s) => !isConnections(s) && !isSourcesSheet(s))) {
    sheet.rows.forEach((row, index) => {
      const attributes = normalise(row, 'element type');
      const where = `${sheet.name}, row ${index + 2}`;
      const label = typeof attributes.label === 'string' ? attributes.label : undefined;
      const key = typeof attributes.id === 'string' ? attributes.id : label;
      if (key === undefined) return table.notes.push({ where, message: 'it has no Label (nor ID); it was left out.' });
      if (keys.has(key)) return table.notes.push({ where, message: `its ${attributes.id ? 'ID' : 'Label'} "${key}" repeats an earlier row's; it was left out (give each row its own ID to keep both).` });
      const x = finiteNumber(attributes.x);
      const y = finiteNumber(attributes.y);
      if (x !== undefined && y !== undefined) table.positions.set(key, { x, y });
      delete attributes.x;
      delete attributes.y;
      table.nodes.push({ key, attributes, where });
      keys.add(key);
      if (label !== undefined && !byLabel.has(label)) byLabel.set(label, key);
    });
  }
  // As Kumu does, a connection to a label no sheet lists makes an element of that label.
  const resolve = (end: string, where: string) => {
    const key = keys.has(end) ? end : byLabel.get(end);
    if (key !== undefined) return key;
    table.nodes.push({ key: end, attributes: { label: end } });
    keys.add(end);
    byLabel.set(end, end);
    table.assumed.push(`${where} names "${end}", which no elements row lists: an element of that label was made.`);
    return end;
  };
  for (const sheet of sheets.filter(isConnections)) {
    sheet.rows.forEach((row, index) => {
      const attributes = normalise(row, 'connection type');
      const where = `${sheet.name}, row ${index + 2}`;
      const from = typeof attributes.from === 'string' ? attributes.from : '';
      const to = typeof attributes.to === 'string' ? attributes.to : '';
      if (from === '' || to === '') return table.notes.push({ where, message: `it has no ${from === '' ? 'From' : 'To'}; it was left out.` });
      const edgeDirection = direction(attributes.direction);
      for (const name of ['from', 'to', 'direction']) delete attributes[name];
      const key = typeof attributes.id === 'string' ? attributes.id : `row-${index + 2}`;
      table.edges.push({ key, from: resolve(from, where), to: resolve(to, where), direction: edgeDirection, attributes, where });
    });
  }
  return table;
}

/** "evidence strength" → "Evidence Strength"; Kumu's `element type` and `connection type` are its "Type". */
function header(name: string): string {
  if (name === 'element type' || name === 'connection type') return 'Type';
  if (name === 'id') return 'ID';
  return name.replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(cellText).join(' | ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function rowsOf(records: Array<Record<string, unknown>>): string[][] {
  const columns: string[] = [];
  for (const record of records) for (const name of Object.keys(record)) if (!columns.includes(name)) columns.push(name);
  return [columns.map(header), ...records.map((record) => columns.map((name) => cellText(record[name])))];
}

/** The elements, connections and sources sheets, header row first, for the CSV and XLSX writers. */
export function toSheets(table: GraphTable): { elements: string[][]; connections: string[][]; sources: string[][] } {
  const elements = table.nodes.map((node) => {
    const point = table.positions.get(node.key);
    return { id: node.key, ...node.attributes, ...(point ? { x: point.x, y: point.y } : {}) };
  });
  const connections = table.edges.map((edge) => ({ id: edge.key, from: edge.from, to: edge.to, direction: edge.direction, ...edge.attributes }));
  const context = table.context as { sources?: unknown } | undefined;
  return { elements: rowsOf(elements), connections: rowsOf(connections), sources: sourcesToRows(context?.sources) };
}
