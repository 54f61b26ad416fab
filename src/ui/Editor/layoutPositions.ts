import type { Dataset } from '../../model';
import { mapGraphOf } from '../../store';
import { createLayout } from '../../map/layout/createLayout';
import { seedFromText } from '../../map/layout/lcg';

/**
 * The positions the map gives this dataset: the same layout, options and seed as MapView, settled.
 * Nodes a person dragged in this session are not known here (the map keeps them to itself), so
 * "Save layout" pins the settled picture, which is what the map shows after a reload.
 */
export function layoutPositions(dataset: Dataset): Record<string, { x: number; y: number }> {
  const graph = mapGraphOf(dataset);
  const layout = createLayout({
    nodes: graph.nodes,
    edges: graph.edges,
    stageCount: dataset.vocabularies.stages.length,
    seed: seedFromText(dataset.meta.title),
    ...(dataset.positions ? { pinned: dataset.positions } : {}),
  });
  layout.settle();
  const positions = Object.fromEntries([...layout.positions()].map(([id, p]) => [id, { x: p.x, y: p.y }]));
  layout.stop();
  return positions;
}
