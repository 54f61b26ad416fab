import type { Dataset } from '../model';
import { factorBetweenness } from '../analysis/centrality';
import { factorGraphOf } from './derived';
import { seedableMemo } from './seedableMemo';

/**
 * Betweenness centrality (0…1) of each factor in the factor graph, kept apart from derived.ts: only
 * the leverage ranking uses it (the Leverage, Compare and Grants views, exports), so the first load,
 * which ranks nothing, does not carry it.
 */
const betweennessMemo = /* @__PURE__ */ seedableMemo<ReadonlyMap<string, number>>((dataset) => factorBetweenness(factorGraphOf(dataset)));

export const betweennessOf = (dataset: Dataset): ReadonlyMap<string, number> => betweennessMemo(dataset);
/** The analysis worker's result, kept where the synchronous callers find it; and a look without computing. */
export const seedBetweenness = (dataset: Dataset, values: ReadonlyMap<string, number>): void => betweennessMemo.seed(dataset, values);
export const peekBetweenness = (dataset: Dataset): ReadonlyMap<string, number> | undefined => betweennessMemo.peek(dataset);
