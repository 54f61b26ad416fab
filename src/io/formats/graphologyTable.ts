import Graph from 'graphology';
import { attributeName, CONTEXT_ATTRIBUTE, emptyTable, fieldText, finiteNumber, type Attributes, type GraphTable } from './graphTable';

/**
 * GEXF and GraphML are read by graphology's parsers into a graph; this turns that graph into a
 * table, and a table into a graph for the GEXF writer. Positions are the nodes' x and y (GEXF's
 * viz:position); our exports carry the dataset's context as one JSON text graph attribute.
 */

export function tableFromGraph(graph: Graph, format: string, fileName: string): GraphTable {
  const table = emptyTable(format, fileName);
  const graphAttributes = graph.getAttributes();
  const text = fieldText;
  table.title = text(graphAttributes.title) ?? text(graphAttributes.name);
  table.description = text(graphAttributes.description);
  const context = text(graphAttributes[CONTEXT_ATTRIBUTE]);
  if (context !== undefined) {
    try {
      table.context = JSON.parse(context) as unknown;
    } catch {
      table.notes.push({ where: `graph attribute "${CONTEXT_ATTRIBUTE}"`, message: 'it is not valid JSON; the dataset details it should carry were left out.' });
    }
  }
  // A file this map wrote (it carries the context) keys each item by its dataset id; another
  // tool's keys ("n0") are only keys, and ids are made from labels.
  const ownId = (key: string): Attributes => (table.context === undefined ? {} : { id: key });
  graph.forEachNode((key, attributes) => {
    const { x, y, ...rest } = withoutDrawing(attributes as Attributes);
    const px = finiteNumber(x);
    const py = finiteNumber(y);
    if (px !== undefined && py !== undefined) table.positions.set(key, { x: px, y: py });
    table.nodes.push({ key, attributes: { ...ownId(key), ...lowerCased(rest) }, where: `node "${key}"` });
  });
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    const edgeAttributes = { ...ownId(key), ...lowerCased(withoutDrawing(attributes as Attributes)) };
    table.edges.push({ key, from: source, to: target, direction: undirected ? 'undirected' : 'directed', attributes: edgeAttributes, where: `edge "${key}"` });
  });
  return table;
}

/** Size, colour, shape, thickness and depth are how Gephi drew an item, not what it means: not kept. */
const DRAWING = new Set(['z', 'size', 'color', 'shape', 'thickness']);
const withoutDrawing = (attributes: Attributes): Attributes => Object.fromEntries(Object.entries(attributes).filter(([name]) => !DRAWING.has(name)));

function lowerCased(attributes: Attributes): Attributes {
  return Object.fromEntries(Object.entries(attributes).flatMap(([name, value]) => (attributeName(name) === '' ? [] : [[attributeName(name), value]])));
}

/** Items' attributes without `id`: the key is the id, and Gephi keeps "Id" for itself. */
export const withoutId = (attributes: Attributes): Attributes => Object.fromEntries(Object.entries(attributes).filter(([name]) => name !== 'id'));

export function graphFromTable(table: GraphTable): Graph {
  const graph = new Graph({ multi: true, type: 'mixed', allowSelfLoops: true });
  graph.replaceAttributes({
    ...(table.title ? { title: table.title } : {}),
    ...(table.description ? { description: table.description } : {}),
    ...(table.context === undefined ? {} : { [CONTEXT_ATTRIBUTE]: JSON.stringify(table.context) }),
  });
  for (const node of table.nodes) graph.addNode(node.key, { ...withoutId(node.attributes), ...table.positions.get(node.key) });
  for (const edge of table.edges) {
    const attributes = withoutId(edge.attributes);
    if (edge.direction === 'undirected') graph.addUndirectedEdgeWithKey(edge.key, edge.from, edge.to, attributes);
    else graph.addDirectedEdgeWithKey(edge.key, edge.from, edge.to, attributes);
    if (edge.direction === 'mutual') graph.addDirectedEdgeWithKey(`${edge.key}-back`, edge.to, edge.from, attributes);
  }
  return graph;
}
