import Graph from 'graphology';
import { parse, write } from 'graphology-gexf';
import type { GraphTable } from './graphTable';
import { parseXml } from './xmlDocument';
import { guardXmlKeys, restoreXmlKeys } from './xmlKeyGuard';
import { graphFromTable, tableFromGraph } from './graphologyTable';

/** GEXF (Gephi, Gephi Lite) through graphology-gexf; its XML parser is @xmldom/xmldom, so Node and browser read alike. */
export function fromGexf(text: string, fileName: string): GraphTable | { error: string; where: string } {
  const xml = parseXml(text, fileName);
  if ('error' in xml) return xml;
  try {
    const notes: GraphTable['notes'] = [];
    guardXmlKeys(xml.document, notes);
    const graph = parse(Graph, xml.document, { addMissingNodes: true, allowUndeclaredAttributes: true });
    const table = restoreXmlKeys(tableFromGraph(graph, 'GEXF', fileName));
    table.notes.push(...notes);
    return table;
  } catch (error) {
    return { where: fileName, error: `it is not a GEXF file that can be read (${String((error as Error)?.message ?? error).slice(0, 200)})` };
  }
}

export function toGexf(table: GraphTable): string {
  return write(graphFromTable(table), { version: '1.3' });
}
