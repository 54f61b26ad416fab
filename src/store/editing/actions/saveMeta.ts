import type { Dataset } from '../../../model';
import { copyOf, type EditAction } from '../editAction';

/** Replaces the dataset's meta (title, version, changelog, outcome …). */
export function saveMeta(meta: Dataset['meta']): EditAction {
  return (current) => ({ dataset: { ...copyOf(current), meta }, entersHistory: true });
}
