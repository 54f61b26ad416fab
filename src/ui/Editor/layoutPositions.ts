import type { Dataset } from '../../model';
import { mapGraphOf } from '../../store';
import { createLayout } from '../../map/layout/createLayout';
import { seedFromText } from '../../map/layout/lcg';

type Point = { x: number; y: number };

/**
 * The positions the map gives this dataset: the same layout, options and seed as MapView, settled,
 * with the nodes a person dragged held where they dropped them (the view's pins), so "Save layout"
 * keeps the picture on screen and the map opens that way after a reload.
 */
export function layoutPositions(dataset: Dataset, dragged: readonly ({ id: string } & Point)[] = []): Record<string, Point> {
  const known = new Set([...dataset.factors, ...dataset.interventions].map((n) => n.id));
  const pinned: Record<string, Point> = { ...dataset.positions };
  for (const pin of dragged) if (known.has(pin.id)) pinned[pin.id] = { x: pin.x, y: pin.y };
  const graph = mapGraphOf(dataset);
  const layout = createLayout({
    nodes: graph.nodes,
    edges: graph.edges,
    stageCount: dataset.vocabularies.stages.length,
    seed: seedFromText(dataset.meta.title),
    ...(Object.keys(pinned).length > 0 ? { pinned } : {}),
  });
  layout.settle();
  const positions = Object.fromEntries([...layout.positions()].map(([id, p]) => [id, { x: p.x, y: p.y }]));
  layout.stop();
  return positions;
}
