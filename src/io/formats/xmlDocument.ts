import { DOMParser } from '@xmldom/xmldom';

/**
 * Parses XML with the same @xmldom/xmldom that graphology's GEXF and GraphML parsers use, but
 * collecting its complaints (with line and column) instead of letting it print them: a broken
 * file then gets one located message, and the parsers are handed a document they can trust.
 */
export function parseXml(text: string, fileName: string): { document: Document } | { error: string; where: string } {
  const problems: string[] = [];
  const collect = (message: string) => problems.push(message.replace(/^\[xmldom \w+\]\s*/, '').replace(/\s+/g, ' ').trim());
  const parser = new DOMParser({ locator: {}, errorHandler: { warning: () => undefined, error: collect, fatalError: collect } });
  let document: Document | undefined;
  try {
    document = parser.parseFromString(text, 'application/xml') as unknown as Document;
  } catch (error) {
    collect(String((error as Error)?.message ?? error));
  }
  const first = problems[0];
  if (first !== undefined || !document?.documentElement) {
    const place = /line:(\d+),col:(\d+)/.exec(first ?? '');
    const where = place ? `${fileName}, line ${place[1]}, column ${place[2]}` : fileName;
    return { where, error: `it is not well-formed XML (${(first ?? 'no root element').replace(/@#\[line:\d+,col:\d+\]/, '').slice(0, 200)})` };
  }
  return { document };
}
