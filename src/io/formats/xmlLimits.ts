import { MAX_ATTRIBUTES_PER_ELEMENT, MAX_CONNECTION_ROWS, MAX_ELEMENT_ROWS } from '../import/importLimits';

/**
 * GEXF and GraphML limits, checked in one pass over the text before any XML parser runs: an XML
 * DOM of 100,000 attribute keys, a million attributes on one element or 60,000 nodes takes seconds
 * to build only to be refused after. Start tags are counted by local name (so `<g:node` counts),
 * comments, CDATA and declarations skipped; the first limit passed is refused with its line.
 */
export const MAX_XML_KEYS = 1_000;
export const MAX_XML_ATTRIBUTES_PER_ELEMENT = MAX_ATTRIBUTES_PER_ELEMENT;

const LIMITS: Record<string, { max: number; what: string }> = {
  node: { max: MAX_ELEMENT_ROWS, what: `nodes, and a map holds at most 20,000 factors and 20,000 interventions` },
  edge: { max: MAX_CONNECTION_ROWS, what: `edges, and a map holds at most ${MAX_CONNECTION_ROWS.toLocaleString('en-GB')} links` },
  key: { max: MAX_XML_KEYS, what: 'attribute keys (<key> elements), where a map needs a few dozen' },
  attribute: { max: MAX_XML_KEYS, what: 'attribute declarations (<attribute> elements), where a map needs a few dozen' },
};

const SKIP_TO: Array<[string, string]> = [
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['<?', '?>'],
  ['<!', '>'],
];

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

export function checkXmlLimits(text: string, fileName: string): { error: string; where: string } | null {
  const counts = new Map<string, number>();
  let line = 1;
  let i = 0;
  const advanceTo = (end: number) => {
    for (; i < end; i++) if (text.charCodeAt(i) === 0x0a) line++;
  };
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) break;
    advanceTo(lt);
    const skip = SKIP_TO.find(([start]) => text.startsWith(start, i));
    if (skip || text.charCodeAt(i + 1) === 0x2f) {
      const close = skip ? text.indexOf(skip[1], i) : text.indexOf('>', i);
      advanceTo(close < 0 ? text.length : close + 1);
      continue;
    }
    // A start tag: its name, then its attributes, each counted by its "=" outside quotes.
    let at = i + 1;
    while (at < text.length && !isSpace(text.charCodeAt(at)) && text[at] !== '>' && text[at] !== '/') at++;
    const name = text.slice(i + 1, at);
    const localName = name.slice(name.indexOf(':') + 1);
    const limit = LIMITS[localName];
    if (limit) {
      const n = (counts.get(localName) ?? 0) + 1;
      counts.set(localName, n);
      if (n > limit.max) return { where: `${fileName}, line ${line}`, error: `it has more than ${limit.max.toLocaleString('en-GB')} ${limit.what}, so reading stopped there and nothing was opened` };
    }
    let attributes = 0;
    let quote = 0;
    for (; at < text.length; at++) {
      const c = text.charCodeAt(at);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 0x22 || c === 0x27) quote = c;
      else if (c === 0x3d) attributes++;
      else if (c === 0x3e) break;
    }
    if (attributes > MAX_XML_ATTRIBUTES_PER_ELEMENT) {
      return { where: `${fileName}, line ${line}`, error: `its <${name}> element has more than ${MAX_XML_ATTRIBUTES_PER_ELEMENT.toLocaleString('en-GB')} attributes (${attributes.toLocaleString('en-GB')}), where a map needs a few, so it was not opened` };
    }
    advanceTo(at + 1);
  }
  return null;
}
