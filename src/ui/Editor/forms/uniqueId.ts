import { kebab } from '../../../io/import/idMaker';

/** An id made from a label, numbered when taken, so every new record's id is valid and unique. */
export function uniqueIdFrom(label: string, taken: ReadonlySet<string>, fallback: string): string {
  const base = kebab(label) || fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
