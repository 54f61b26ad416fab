import type Graph from 'graphology';
import type { GraphTable } from './graphTable';
import { tableFromGraph } from './graphologyTable';
import { parseXml } from './xmlDocument';
import { guardXmlKeys, restoreXmlKeys } from './xmlKeyGuard';
import { checkXmlLimits } from './xmlLimits';

/**
 * Reads a GEXF or GraphML file through one of graphology's parsers: its limits first (counted in
 * the text, before a DOM is built), then well-formed XML (a
 * located message if not), ids that plain-object keys cannot hold set apart and restored, and any
 * failure of the parser given back as a reason, never thrown.
 */
export function readXmlGraph(text: string, fileName: string, format: 'GEXF' | 'GraphML', parse: (document: Document) => Graph): GraphTable | { error: string; where: string } {
  const overLimit = checkXmlLimits(text, fileName);
  if (overLimit) return overLimit;
  const xml = parseXml(text, fileName);
  if ('error' in xml) return xml;
  try {
    const notes: GraphTable['notes'] = [];
    guardXmlKeys(xml.document, notes);
    const table = restoreXmlKeys(tableFromGraph(parse(xml.document), format, fileName));
    table.notes.push(...notes);
    return table;
  } catch (error) {
    return { where: fileName, error: `it is not a ${format} file that can be read (${String((error as Error)?.message ?? error).slice(0, 200)})` };
  }
}
