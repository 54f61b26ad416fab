import type { Dataset } from '../../model';
import { mapGraphOf } from '../../store';
import { createLayout, type Layout, type LayoutOptions, type Point } from './createLayout';
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

/** The layout a dataset always gets: its published positions, the rest placed by the seeded layout. */
export function layoutForDataset(dataset: Dataset, onTick?: LayoutOptions['onTick'], journey?: LayoutOptions['journey']): Layout {
  return createLayout({ ...layoutOptionsForDataset(dataset, journey), onTick });
}

/** Where every node of a dataset settles: what the map shows on first paint. */
export function settledPositions(dataset: Dataset): ReadonlyMap<string, Point> {
  const layout = layoutForDataset(dataset);
  layout.settle();
  return layout.positions();
}
