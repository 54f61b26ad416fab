import type { Dataset } from '../../../model';
import { copyOf, type Collection, type EditAction, type RecordOf } from '../editAction';
import { renameReferences } from './renameReferences';

/**
 * Adds a record, or replaces the one with id `previousId`. A changed id is followed everywhere
 * the record is named (links, targets, citations, gaps, loops, positions, the outcome).
 */
export function saveRecord<C extends Collection>(collection: C, record: RecordOf<C>, previousId?: string): EditAction {
  return (current) => {
    let dataset: Dataset = copyOf(current);
    const list = [...((dataset[collection] ?? []) as RecordOf<C>[])];
    const at = previousId === undefined ? -1 : list.findIndex((r) => r.id === previousId);
    if (at === -1) list.push(record);
    else list[at] = record;
    (dataset as Record<Collection, unknown>)[collection] = list;
    if (previousId !== undefined && at !== -1 && previousId !== record.id) dataset = renameReferences(dataset, collection, previousId, record.id);
    return { dataset, entersHistory: true };
  };
}
