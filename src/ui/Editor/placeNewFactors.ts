import type { Dataset } from '../../model';
import { mapGraphOf } from '../../store';
import type { Point } from '../../map/layout/createLayout';
import { insertIntoColumn } from '../../map/layout/columnInsert';
import { factorRowHeight } from '../../map/layout/factorColumns';
import { journeyLayout } from '../../map/layout/journeyLayout';
import { wrapInFull } from '../../map/render/wrapLabel';

/**
 * Places in its own stage's column each factor of a pinned layout that has no position yet (one
 * just added), beside the factors it links to, else at the foot of the column; its column-mates
 * make room for its row. Returns the positions to pin: the new factors' and their mates' new places.
 */
export function placeNewFactors(dataset: Dataset): Record<string, Point> {
  const positions: Record<string, Point> = { ...dataset.positions };
  const fresh = dataset.factors.filter((f) => !positions[f.id]);
  if (fresh.length === 0) return {};
  const graph = mapGraphOf(dataset);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  // Labels wrap as the map wraps them: at their stage's width in the journey layout.
  const { geometry } = journeyLayout({ nodes: graph.nodes, edges: graph.edges, stageCount: dataset.vocabularies.stages.length });
  const rowHeight = (id: string) => {
    const node = byId.get(id);
    return factorRowHeight(node, wrapInFull(node?.label ?? id, geometry.factorChars.get(id) ?? geometry.labelChars).length);
  };
  const moved: Record<string, Point> = {};
  for (const factor of fresh) {
    const mates = new Map(dataset.factors.filter((f) => f.stage === factor.stage && positions[f.id]).map((f) => [f.id, positions[f.id]!]));
    const linked = dataset.links.flatMap((l) => (l.from === factor.id ? [l.to] : l.to === factor.id ? [l.from] : [])).flatMap((id) => positions[id] ?? []);
    const wanted = linked.length > 0 ? linked.reduce((s, p) => s + p.y, 0) / linked.length : undefined;
    const placed = insertIntoColumn({ mates, id: factor.id, rowHeight, ...(wanted === undefined ? {} : { wanted }) });
    for (const [id, p] of placed ?? []) positions[id] = moved[id] = p;
  }
  return moved;
}
