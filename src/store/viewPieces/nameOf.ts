import type { Dataset } from '../../model';
import { indexOf } from '../derived';

/** A map node's name as a description quotes it (its id when the dataset has no such node). */
export function nameOf(dataset: Dataset, id: string): string {
  const index = indexOf(dataset);
  return index.factor.get(id)?.label ?? index.intervention.get(id)?.label ?? id;
}

/** The set of a dataset's map nodes (factors and interventions), for the checks that need one. */
export function nodeIds(dataset: Dataset): Set<string> {
  return new Set([...dataset.factors.map((f) => f.id), ...dataset.interventions.map((i) => i.id)]);
}
