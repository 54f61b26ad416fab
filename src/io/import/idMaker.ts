import { isUsableId, RESERVED_IDS } from '../../model';

const MAX_ID = 80;

/** Lower-case kebab-case from any label: "Trust in Fin. Inst." → "trust-in-fin-inst". */
export function kebab(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID - 4)
    .replace(/-+$/, '');
}

/**
 * Gives ids that are valid and unique within `taken`: the file's own id when it is already one
 * of ours and free, otherwise one made from the label, numbered when the label repeats.
 */
export function createIdMaker(taken: Set<string> = new Set()) {
  return (preferred: unknown, label: string, fallback: string): string => {
    if (typeof preferred === 'string' && isUsableId(preferred) && preferred.length <= MAX_ID && !taken.has(preferred)) {
      taken.add(preferred);
      return preferred;
    }
    const base = kebab(label) || fallback;
    let id = base;
    for (let n = 2; taken.has(id) || RESERVED_IDS.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
}
