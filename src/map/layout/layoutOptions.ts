import type { Dataset } from '../../model';
import { mapGraphOf } from '../../store';
import type { LayoutOptions } from './createLayout';
import { seedFromText } from './lcg';

/** What a dataset's layout is made from: its map graph, its published positions and its seed. */
export function layoutOptionsForDataset(dataset: Dataset, journey?: LayoutOptions['journey']): LayoutOptions {
  const graph = mapGraphOf(dataset);
  return {
    nodes: graph.nodes,
    edges: graph.edges,
    stageCount: dataset.vocabularies.stages.length,
    // Seeded by the title alone, so a new version of the same map keeps its familiar shape where it can.
    seed: seedFromText(dataset.meta.title),
    pinned: dataset.positions,
    journey,
  };
}
