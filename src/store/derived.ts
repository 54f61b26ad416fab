import { buildMapGraph, indexDataset, type DatasetIndex, type MapGraph } from '../analysis';
import type { Dataset } from '../model';

/** Memoises a pure function of the dataset by identity: derived data is computed once, never stored. */
function memoByDataset<T>(compute: (dataset: Dataset) => T): (dataset: Dataset) => T {
  const cache = new WeakMap<Dataset, T>();
  return (dataset) => {
    let value = cache.get(dataset);
    if (value === undefined) {
      value = compute(dataset);
      cache.set(dataset, value);
    }
    return value;
  };
}

export const mapGraphOf: (dataset: Dataset) => MapGraph = memoByDataset(buildMapGraph);
export const indexOf: (dataset: Dataset) => DatasetIndex = memoByDataset(indexDataset);
