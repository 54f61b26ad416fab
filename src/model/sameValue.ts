/**
 * Whether two JSON-like values hold the same data: objects compared key by key whatever the keys'
 * order, arrays item by item in order. The loaded dataset keeps its file's key order while an edited
 * one comes back from the validator in the schema's order, so comparing serialised text reported
 * records nobody touched as changed. A key set to undefined counts as absent, as it would in the
 * saved file.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keysOf = (o: Record<string, unknown>) => Object.keys(o).filter((key) => o[key] !== undefined);
  const keys = keysOf(left);
  return keys.length === keysOf(right).length && keys.every((key) => Object.hasOwn(right, key) && sameValue(left[key], right[key]));
}
