import type { Dataset } from '../../../model';
import type { EditAction } from '../editAction';

/** Puts a whole dataset in place of the current one: an import (replaced or merged), one undoable step. */
export function replaceDataset(next: Dataset): EditAction {
  return () => ({ dataset: structuredClone(next), entersHistory: true });
}
