import type { LoopSearch } from '../../analysis';
import type { Dataset, Factor, Link } from '../../model';

/**
 * What crosses to the analysis worker: only the fields loops and centrality read. Copying a whole
 * 10,000-factor dataset to a worker held the page for 200–460 ms; these few fields take 30–80 ms.
 */
export interface AnalysisInput {
  factors: Array<Pick<Factor, 'id' | 'label'>>;
  links: Array<Pick<Link, 'id' | 'from' | 'to' | 'polarity'>>;
  loops?: Dataset['loops'];
}

export type AnalysisRequest = { type: 'analyse'; job: number; input: AnalysisInput } | { type: 'cancel'; job: number };

/** Centrality's progress: how many of the factors' shortest-route searches are done. */
export interface Progress {
  done: number;
  total: number;
}

export type AnalysisReply =
  | { type: 'loops'; job: number; search: LoopSearch }
  | { type: 'progress'; job: number; progress: Progress }
  | { type: 'betweenness'; job: number; values: Array<[string, number]> }
  | { type: 'failed'; job: number; message: string };

export function analysisInput(dataset: Dataset): AnalysisInput {
  return {
    factors: dataset.factors.map(({ id, label }) => ({ id, label })),
    links: dataset.links.map(({ id, from, to, polarity }) => ({ id, from, to, polarity })),
    loops: dataset.loops,
  };
}
