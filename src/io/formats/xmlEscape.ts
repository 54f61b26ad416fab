/**
 * Text written into XML, escaped so any XML reader gives back exactly what was written.
 *
 * XML 1.0 cannot hold control characters other than tab and line breaks, escaped or not: they are
 * dropped. Readers rewrite line ends (a carriage return, and in some parsers the next-line and
 * line-separator characters) and, inside attribute values, turn tabs and line breaks into spaces;
 * a character reference is left alone by both rules, so those characters are written as references.
 */
const isXmlCharacter = (c: string) => c >= ' ' || c === '\t' || c === '\n' || c === '\r';

const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#x9;',
  '\n': '&#xA;',
  '\r': '&#xD;',
  '\u0085': '&#x85;',
  '\u2028': '&#x2028;',
};

export const escapeXml = (text: string): string =>
  Array.from(text)
    .filter(isXmlCharacter)
    .join('')
    .replace(/[&<>"'\t\n\r\u0085\u2028]/g, (c) => REFERENCES[c] ?? c);

/**
 * For a whole document from another writer (graphology-gexf) that escapes markup, tabs and line
 * breaks but not the line ends some readers rewrite. Those never appear in the document's own
 * structure, only in its text and attribute values, so each becomes a reference wherever it is.
 */
export const escapeRewrittenLineEnds = (xml: string): string =>
  xml.replace(/[\r\u0085\u2028]/g, (c) => REFERENCES[c] ?? c);
