import type { Dataset } from '../../model';

/**
 * One user action on the dataset, as Excalidraw shapes them: a pure function from the dataset to
 * the next one, saying whether the step enters undo history. The store validates every result
 * with parseDataset before it is kept, so an action never needs to check the schema itself.
 */
export interface EditResult {
  dataset: Dataset;
  entersHistory: boolean;
}

export type EditAction = (dataset: Dataset) => EditResult;

/** The record collections a person edits one record at a time. */
export type Collection = 'factors' | 'links' | 'interventions' | 'sources' | 'gaps' | 'loops';
export type VocabularyName = keyof Dataset['vocabularies'];

export type RecordOf<C extends Collection> = NonNullable<Dataset[C]>[number];

/** Deep copy, so an action never changes the dataset it was given (history keeps old versions). */
export const copyOf = (dataset: Dataset): Dataset => structuredClone(dataset);
