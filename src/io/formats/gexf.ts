import Graph from 'graphology';
import { parse, write as writeGexf } from 'graphology-gexf';
import type { GraphTable } from './graphTable';
import type { FormatReader, FormatWriter } from './formatEntry';
import { textOf } from '../fileContent';
import { graphFromTable } from './graphologyTable';
import { readXmlGraph } from './xmlGraph';
import { escapeRewrittenLineEnds } from './xmlEscape';

/** GEXF (Gephi, Gephi Lite) through graphology-gexf; its XML parser is @xmldom/xmldom, so Node and browser read alike. */
export function fromGexf(text: string, fileName: string): GraphTable | { error: string; where: string } {
  return readXmlGraph(text, fileName, 'GEXF', (document) => parse(Graph, document, { addMissingNodes: true, allowUndeclaredAttributes: true }));
}

export function toGexf(table: GraphTable): string {
  return escapeRewrittenLineEnds(writeGexf(graphFromTable(table), { version: '1.3' }));
}

export const read: FormatReader = ([file]) => fromGexf(textOf(file.content), file.name);

export const write: FormatWriter = ({ table }) => toGexf(table());
