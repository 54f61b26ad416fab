import type { FormatReader, FormatWriter } from './formatEntry';
import { checkKumuLimits } from './kumuLimits';
import { counted, PROGRESS_EVERY_ROWS, type ImportProgress } from '../import/importLimits';
import { attributeName, CONTEXT_ATTRIBUTE, emptyTable, fieldText, finiteNumber, type Attributes, type EdgeDirection, type GraphTable } from './graphTable';

/**
 * Kumu's JSON, both kinds: a project export (elements and connections with `_id` and an
 * `attributes` object, named `loops[]`, `maps[]` with positions) and a blueprint (flat objects
 * with label, type, description, tags, custom keys; connections naming elements by id or label).
 */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const keyOf = (v: unknown): string | undefined => fieldText(v) ?? (typeof v === 'number' ? String(v) : undefined);

/** Kumu lower-cases attribute names; a blueprint's element `type` is Kumu's `element type`. */
function attributesOf(record: Obj, kind: 'element' | 'connection'): Attributes {
  const source = isObj(record.attributes) ? record.attributes : record;
  const attributes: Attributes = {};
  for (const [name, value] of Object.entries(source)) {
    if (source === record && ['_id', 'attributes', 'from', 'to', 'direction', 'delayed', 'reversed'].includes(name)) continue;
    let key = attributeName(name);
    if (key === '') continue;
    if (key === 'type') key = `${kind} type`;
    attributes[key] = value;
  }
  if (source !== record && record.id !== undefined && attributes.id === undefined) attributes.id = record.id;
  return attributes;
}

function direction(value: unknown): EdgeDirection {
  return value === 'undirected' || value === 'mutual' ? value : 'directed';
}

/** Reads a parsed Kumu JSON value; every record it cannot read is noted, never thrown. */
export function fromKumuJson(value: unknown, fileName: string, progress: ImportProgress = () => {}): GraphTable | { error: string; where: string } {
  if (!isObj(value)) return { where: '(the file)', error: 'a Kumu file is a JSON object with an "elements" list' };
  if (!Array.isArray(value.elements)) return { where: 'elements', error: 'a list of elements ("elements": [...]) was not found' };
  if (value.connections !== undefined && !Array.isArray(value.connections)) return { where: 'connections', error: 'connections must be a list' };
  const overLimit = checkKumuLimits(value.elements, Array.isArray(value.connections) ? value.connections : [], fileName);
  if (overLimit) return overLimit;
  const table = emptyTable('Kumu JSON', fileName);
  table.title = keyOf(value.name);
  table.description = keyOf(value.description);
  table.context = value[CONTEXT_ATTRIBUTE];
  const byLabel = new Map<string, string>();
  value.elements.forEach((element, index) => {
    if (index > 0 && index % PROGRESS_EVERY_ROWS === 0) progress(`Reading ${fileName}: ${counted(index, 'element')}`);
    if (!isObj(element)) return table.notes.push({ where: `elements[${index}]`, message: 'it is not an object; it was left out.' });
    const attributes = attributesOf(element, 'element');
    const key = keyOf(element._id) ?? keyOf(element.id) ?? keyOf(attributes.label) ?? `element-${index + 1}`;
    table.nodes.push({ key, attributes, where: `elements[${index}]` });
    const label = keyOf(attributes.label);
    if (label !== undefined && !byLabel.has(label)) byLabel.set(label, key);
  });
  const keys = new Set(table.nodes.map((n) => n.key));
  const resolve = (end: unknown) => {
    const key = keyOf(end);
    return key === undefined ? undefined : keys.has(key) ? key : (byLabel.get(key) ?? key);
  };
  (Array.isArray(value.connections) ? value.connections : []).forEach((connection, index) => {
    const where = `connections[${index}]`;
    if (!isObj(connection)) return table.notes.push({ where, message: 'it is not an object; it was left out.' });
    const from = resolve(connection.from);
    const to = resolve(connection.to);
    if (from === undefined || to === undefined) return table.notes.push({ where, message: `it has no ${from === undefined ? '"from"' : '"to"'} element; it was left out.` });
    const key = keyOf(connection._id) ?? keyOf(connection.id) ?? `connection-${index + 1}`;
    const attributes = attributesOf(connection, 'connection');
    if (connection.delayed === true) attributes.delayed = true;
    if (connection.reversed === true) attributes.reversed = true;
    table.edges.push({ key, from, to, direction: direction(connection.direction), attributes, where });
  });
  (Array.isArray(value.loops) ? value.loops : []).forEach((loop, index) => {
    if (!isObj(loop) || !Array.isArray(loop.connections)) return table.notes.push({ where: `loops[${index}]`, message: 'it is not a loop with a list of connections; it was left out.' });
    const edges = loop.connections.flatMap((c) => keyOf(c) ?? []);
    table.loops.push({ key: keyOf(loop._id) ?? `loop-${index + 1}`, attributes: attributesOf(loop, 'element'), edges, where: `loops[${index}]` });
  });
  readPositions(value, table);
  return table;
}

/** Positions come from the default map (or the first): where the authors placed each element. */
function readPositions(value: Obj, table: GraphTable): void {
  const maps = Array.isArray(value.maps) ? value.maps.filter(isObj) : [];
  const map = maps.find((m) => m._id === value.defaultMap) ?? maps[0];
  if (!map || !Array.isArray(map.elements)) return;
  for (const placed of map.elements) {
    if (!isObj(placed) || !isObj(placed.position)) continue;
    const key = keyOf(placed.element);
    const x = finiteNumber(placed.position.x);
    const y = finiteNumber(placed.position.y);
    if (key !== undefined && x !== undefined && y !== undefined && !table.positions.has(key)) table.positions.set(key, { x, y });
  }
  if (maps.length > 1) table.notes.push({ where: 'maps', message: `the file has ${maps.length} maps; positions were taken from "${String(map.name ?? map._id)}", the default, and the others' layouts were left out.` });
}

/** Writes a Kumu project export that Kumu and this map both read back. */
export function toKumuJson(table: GraphTable): string {
  const map = {
    _id: 'map-1',
    name: table.title ?? 'Map',
    elements: [...table.positions].map(([element, position], i) => ({ _id: `node-${i + 1}`, position, pinned: true, element })),
  };
  return JSON.stringify(
    {
      name: table.title ?? '',
      description: table.description ?? '',
      defaultMap: map._id,
      elements: table.nodes.map((node) => ({ _id: node.key, attributes: node.attributes })),
      connections: table.edges.map((edge) => ({ _id: edge.key, direction: edge.direction, from: edge.from, to: edge.to, attributes: edge.attributes })),
      loops: table.loops.map((loop) => ({ _id: loop.key, attributes: loop.attributes, connections: loop.edges })),
      maps: [map],
      [CONTEXT_ATTRIBUTE]: table.context,
    },
    null,
    2,
  );
}

/** The registry's reader: the importer has parsed the JSON and found it Kumu's (jsonFlavour). */
export const read: FormatReader = ([file], progress) => fromKumuJson(file.json, file.name, progress);

export const write: FormatWriter = ({ table }) => toKumuJson(table());
