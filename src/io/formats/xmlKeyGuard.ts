import type { FormatNote, GraphTable } from './graphTable';

/**
 * graphology's GEXF and GraphML parsers keep ids and attribute names as keys of plain objects. An
 * id such as "constructor" then finds Object's own function instead of nothing, and a GraphML
 * <key for="__proto__"> would write onto every object's prototype. So, before parsing, every id and
 * reference that names a property every object has is set apart with a prefix no XML file can hold
 * (a control character), GraphML keys `for="all"` are split into one per domain, and keys for a
 * domain that is not graph, node or edge are left out; after parsing, the prefix comes off again.
 */

const SET_APART = '\u0001';
const REFERENCES = ['id', 'for', 'key', 'source', 'target', 'attr.name', 'title'];
const DOMAINS = new Set(['graph', 'node', 'edge']);

const isObjectProperty = (value: string) => Object.prototype.hasOwnProperty.call(Object.prototype, value) || value === 'prototype';

function elementsOf(document: Document): Element[] {
  return Array.from(document.getElementsByTagName('*') as unknown as ArrayLike<Element>);
}

/** Makes a parsed GEXF or GraphML document safe to hand to graphology's parsers. */
export function guardXmlKeys(document: Document, notes: FormatNote[]): void {
  for (const element of elementsOf(document)) {
    const tag = element.localName ?? element.tagName;
    for (const name of REFERENCES) {
      // A GraphML key's `for` names its domain, checked below; a GEXF attvalue's `for` names an attribute.
      if (name === 'for' && tag === 'key') continue;
      const value = element.getAttribute(name);
      if (value !== null && isObjectProperty(value)) element.setAttribute(name, `${SET_APART}${value}`);
    }
    if (tag !== 'key') continue;
    const domain = element.getAttribute('for') ?? 'node';
    if (domain === 'all') {
      // One declaration per domain, as the parser reads them.
      element.setAttribute('for', 'node');
      for (const other of ['edge', 'graph']) {
        const copy = element.cloneNode(true) as Element;
        copy.setAttribute('for', other);
        element.parentNode?.insertBefore(copy, element.nextSibling);
      }
    } else if (!DOMAINS.has(domain)) {
      notes.push({ where: `key "${element.getAttribute('id') ?? ''}"`, message: `it is declared for "${domain}", which this map does not read (only graph, node and edge); left out.` });
      element.parentNode?.removeChild(element);
    }
  }
}

const restore = (value: string) => (value.startsWith(SET_APART) ? value.slice(SET_APART.length) : value);

/** Takes the prefix off every key, end and attribute name the parser returned. */
export function restoreXmlKeys(table: GraphTable): GraphTable {
  const attributes = (record: Record<string, unknown>) => Object.fromEntries(Object.entries(record).map(([name, value]) => [restore(name), value]));
  for (const node of table.nodes) {
    node.key = restore(node.key);
    node.attributes = attributes(node.attributes);
    if (node.where) node.where = restore(node.where);
  }
  for (const edge of table.edges) {
    edge.key = restore(edge.key);
    edge.from = restore(edge.from);
    edge.to = restore(edge.to);
    edge.attributes = attributes(edge.attributes);
    if (edge.where) edge.where = restore(edge.where);
  }
  table.positions = new Map([...table.positions].map(([key, point]) => [restore(key), point]));
  return table;
}
