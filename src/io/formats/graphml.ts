import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { CONTEXT_ATTRIBUTE, type Attributes, type GraphTable } from './graphTable';
import type { FormatReader, FormatWriter } from './formatEntry';
import { textOf } from '../fileContent';
import { cellText } from './spreadsheet';
import { withoutId } from './graphologyTable';
import { readXmlGraph } from './xmlGraph';
import { escapeXml } from './xmlEscape';

/** GraphML (yEd, Gephi, NetworkX) read through graphology-graphml, which has no writer: ours is below. */
export function fromGraphml(text: string, fileName: string): GraphTable | { error: string; where: string } {
  return readXmlGraph(text, fileName, 'GraphML', (document) => parse(Graph, document, { addMissingNodes: true }));
}


/** Writes GraphML with one <key> per attribute name (strings; x and y as doubles). */
export function toGraphml(table: GraphTable): string {
  // Key ids are tokens (d0, d1…), as GraphML wants; the attribute's own name is its attr.name.
  const keys = new Map<string, { id: string; line: string }>();
  const declare = (domain: 'graph' | 'node' | 'edge', name: string) => {
    const found = keys.get(`${domain} ${name}`);
    if (found) return found.id;
    const id = `d${keys.size}`;
    keys.set(`${domain} ${name}`, { id, line: `  <key id="${id}" for="${domain}" attr.name="${escapeXml(name)}" attr.type="${name === 'x' || name === 'y' ? 'double' : 'string'}"/>` });
    return id;
  };
  const data = (domain: 'graph' | 'node' | 'edge', attributes: Attributes, indent: string) =>
    Object.entries(attributes)
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([name, value]) => `${indent}<data key="${declare(domain, name)}">${escapeXml(cellText(value))}</data>`)
      .join('\n');
  const graphData = data('graph', { title: table.title, description: table.description, [CONTEXT_ATTRIBUTE]: table.context === undefined ? undefined : JSON.stringify(table.context) }, '    ');
  const nodes = table.nodes.map((node) => `    <node id="${escapeXml(node.key)}">\n${data('node', { ...withoutId(node.attributes), ...table.positions.get(node.key) }, '      ')}\n    </node>`);
  const edges = table.edges.flatMap((edge) => {
    const one = (key: string, from: string, to: string) =>
      `    <edge id="${escapeXml(key)}" source="${escapeXml(from)}" target="${escapeXml(to)}"${edge.direction === 'undirected' ? ' directed="false"' : ''}>\n${data('edge', withoutId(edge.attributes), '      ')}\n    </edge>`;
    return edge.direction === 'mutual' ? [one(edge.key, edge.from, edge.to), one(`${edge.key}-back`, edge.to, edge.from)] : [one(edge.key, edge.from, edge.to)];
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...[...keys.values()].map((key) => key.line),
    '  <graph edgedefault="directed">',
    graphData,
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

export const read: FormatReader = ([file]) => fromGraphml(textOf(file.content), file.name);

export const write: FormatWriter = ({ table }) => toGraphml(table());
