import type { VocabularyEntry } from '../../../model';
import { copyOf, type EditAction, type VocabularyName } from '../editAction';

/** Replaces one vocabulary (domains, stages or intervention types) with the entries given, in order. */
export function saveVocabulary(name: VocabularyName, entries: VocabularyEntry[]): EditAction {
  return (current) => {
    const dataset = copyOf(current);
    dataset.vocabularies[name] = entries;
    return { dataset, entersHistory: true };
  };
}
