import { useSyncExternalStore } from 'react';
import type { Dataset } from '../../model';
import { factorAnalysisOf, type FactorAnalysis } from '../analysisWorker/factorAnalysis';

/**
 * The dataset's feedback loops and betweenness centrality as far as they are known: complete at
 * once for a small map; for a large one, null parts fill in as the worker finishes them, with
 * centrality's progress meanwhile.
 */
export function useFactorAnalysis(dataset: Dataset): FactorAnalysis {
  const entry = factorAnalysisOf(dataset);
  return useSyncExternalStore(entry.subscribe, entry.snapshot);
}
