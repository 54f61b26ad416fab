import type { MapNode } from '../../analysis';
import type { Box } from './box';
import type { Point } from './createLayout';
import type { JourneyGeometry } from './journeyLayout';
import { CHAR_EM, LABEL_FONT } from './layoutUnits';

/** How far (layout units) a published node may stand outside its own column and still count as in it. */
const SLACK = 40;
/** The share of published nodes that must stand in their own column for the columns to be drawn. */
const IN_COLUMNS = 0.8;

const inside = (box: Box | undefined, p: Point) => Boolean(box && p.x >= box.x0 - SLACK && p.x <= box.x1 + SLACK && p.y >= box.y0 - SLACK && p.y <= box.y1 + SLACK);

/**
 * What the map draws behind its nodes and fits to. A map published in this map's own columns (its
 * layout saved) keeps the journey's columns, headings and lane. A map drawn freely elsewhere (Kumu,
 * Gephi) has no columns to show: stage bands and headings there would name empty stretches while
 * the nodes stood far away, so the geometry is only the box its nodes and their labels fill.
 */
export function geometryForPlaces(
  journey: JourneyGeometry,
  nodes: readonly MapNode[],
  published: ReadonlyMap<string, Point>,
  places: ReadonlyMap<string, Point>,
): JourneyGeometry {
  if (published.size === 0) return journey;
  let within = 0;
  for (const node of nodes) {
    const at = published.get(node.id);
    if (!at) continue;
    const own = node.kind === 'factor' ? journey.columns[node.stageIndices[0] ?? 0] : journey.lane;
    if (inside(own, at)) within++;
  }
  if (within >= published.size * IN_COLUMNS) return journey;
  const label = journey.labelChars * LABEL_FONT * CHAR_EM;
  const points = [...places.values()];
  const extent = {
    x0: Math.min(...points.map((p) => p.x)) - SLACK,
    y0: Math.min(...points.map((p) => p.y)) - SLACK,
    x1: Math.max(...points.map((p) => p.x)) + SLACK + label,
    y1: Math.max(...points.map((p) => p.y)) + SLACK,
  };
  return { ...journey, columns: [], lane: { x0: extent.x0, x1: extent.x0, y0: extent.y1, y1: extent.y1 }, extent };
}
