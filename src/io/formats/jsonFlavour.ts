/**
 * The one rule for "our dataset or Kumu JSON", for every way in (the file picker, drag-and-drop,
 * `?data=`, the import worker): `elements` is Kumu's word and `factors` ours, so a JSON object with
 * an `elements` key and no `factors` is Kumu's; anything else is validated as our dataset, so a
 * broken dataset (or a list, or `{}`) gets our own located errors. Kept apart from the Kumu reader
 * so the first load can decide without downloading it.
 */
export function jsonFlavour(value: unknown): 'kumu-json' | 'dataset-json' {
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  return isObject && 'elements' in value && !('factors' in value) ? 'kumu-json' : 'dataset-json';
}
