import { MAX_ATTRIBUTES_PER_ELEMENT, MAX_CONNECTION_ROWS, MAX_ELEMENT_ROWS, tooManyAttributesMessage, tooManyRowsMessage } from '../import/importLimits';

/**
 * A Kumu file's limits, checked before a single record is mapped: 200,000 elements were refused
 * only after six seconds of mapping, and one element with 1.2 million attributes was accepted after
 * seven, then froze the page for seconds while its result was passed back and previewed. The lists'
 * lengths are known at once; attributes are counted record by record and counting stops at the
 * first one past the limit, so a refusal costs no more than reading up to it.
 */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Counts an object's own keys, stopping one past the limit (Object.keys would list all million). */
function countsPastLimit(record: Obj): number {
  let count = 0;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    if (++count > MAX_ATTRIBUTES_PER_ELEMENT) return count;
  }
  return count;
}

function attributesPastLimit(list: unknown[], name: 'elements' | 'connections', fileName: string): { error: string; where: string } | null {
  for (let index = 0; index < list.length; index++) {
    const record = list[index];
    if (!isObj(record)) continue;
    const source = isObj(record.attributes) ? record.attributes : record;
    if (countsPastLimit(source) > MAX_ATTRIBUTES_PER_ELEMENT) return { where: `${fileName}, ${name}[${index}]`, error: tooManyAttributesMessage(name === 'elements' ? 'element' : 'connection') };
  }
  return null;
}

/** The first limit the file passes, located, or null when it is within them all. */
export function checkKumuLimits(elements: unknown[], connections: unknown[], fileName: string): { error: string; where: string } | null {
  if (elements.length > MAX_ELEMENT_ROWS) return { where: `${fileName}, elements[${MAX_ELEMENT_ROWS}]`, error: tooManyRowsMessage('element', 'elements') };
  if (connections.length > MAX_CONNECTION_ROWS) return { where: `${fileName}, connections[${MAX_CONNECTION_ROWS}]`, error: tooManyRowsMessage('connection', 'connections') };
  return attributesPastLimit(elements, 'elements', fileName) ?? attributesPastLimit(connections, 'connections', fileName);
}
