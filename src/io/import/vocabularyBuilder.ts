import { UNASSIGNED_ID, type VocabularyEntry } from '../../model';
import { kebab } from './idMaker';

/**
 * Builds one vocabulary (domains, stages or intervention types) from the values a file uses:
 * a value that names an existing entry (by id or label) reuses it, a new one becomes an entry,
 * and a missing one goes to a default entry that says it needs assigning.
 */
export function createVocabulary(existing: VocabularyEntry[], what: string, fileName: string) {
  const entries = [...existing];
  const defaultEntry: VocabularyEntry = {
    id: UNASSIGNED_ID,
    label: 'Not assigned',
    description: `${fileName} gives no ${what} for these items: assign one.`,
  };
  const find = (value: string) => {
    const lower = value.toLowerCase();
    return entries.find((entry) => entry.id === value || entry.label.toLowerCase() === lower);
  };
  const use = (value: string | undefined): string => {
    const name = value?.slice(0, 160);
    const id = name === undefined ? '' : kebab(name);
    if (name === undefined || id === '') {
      if (!find(defaultEntry.id)) entries.push(defaultEntry);
      return defaultEntry.id;
    }
    const known = find(name) ?? entries.find((entry) => entry.id === id);
    if (known) return known.id;
    entries.push({ id, label: name, description: `"${name}", a ${what} named in ${fileName}.` });
    return id;
  };
  /** The entries, never empty: the schema needs at least one. */
  const list = (): VocabularyEntry[] => (entries.length > 0 ? entries : [defaultEntry]);
  return { use, list, created: () => entries.length - existing.length };
}

export type VocabularyBuilder = ReturnType<typeof createVocabulary>;
