import type { Dataset } from '../model';

/** A memo that can also be told a value computed elsewhere (in a worker), or asked without computing. */
export interface SeedableMemo<T> {
  (dataset: Dataset): T;
  seed(dataset: Dataset, value: T): void;
  peek(dataset: Dataset): T | undefined;
}

export function seedableMemo<T>(compute: (dataset: Dataset) => T): SeedableMemo<T> {
  const cache = new WeakMap<Dataset, T>();
  const memo = (dataset: Dataset) => {
    let value = cache.get(dataset);
    if (value === undefined) {
      value = compute(dataset);
      cache.set(dataset, value);
    }
    return value;
  };
  return Object.assign(memo, {
    seed: (dataset: Dataset, value: T) => void cache.set(dataset, value),
    peek: (dataset: Dataset) => cache.get(dataset),
  });
}
