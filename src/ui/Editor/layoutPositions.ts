import type { Dataset } from '../../model';
import { settledPositions } from '../../map/layout/datasetLayout';

type Point = { x: number; y: number };

/**
 * The positions the map gives this dataset (the map's own layout, map/layout/datasetLayout.ts,
 * settled), with the nodes a person dragged held where they dropped them (the view's pins) as if
 * published there, so "Save layout" keeps the picture on screen and the map opens that way after
 * a reload.
 */
export function layoutPositions(dataset: Dataset, dragged: readonly ({ id: string } & Point)[] = []): Record<string, Point> {
  const known = new Set([...dataset.factors, ...dataset.interventions].map((n) => n.id));
  const pinned: Record<string, Point> = { ...dataset.positions };
  for (const pin of dragged) if (known.has(pin.id)) pinned[pin.id] = { x: pin.x, y: pin.y };
  const settled = settledPositions({ ...dataset, positions: Object.keys(pinned).length > 0 ? pinned : undefined });
  return Object.fromEntries([...settled].map(([id, p]) => [id, { x: p.x, y: p.y }]));
}
