import type { Segment } from '../../src/map/layout/columnOrder';

export interface Point {
  x: number;
  y: number;
}

/** A node as read from the page: its centre on screen and, when its markup says, its place on the map. */
export interface ReadNode {
  id: string;
  centre: Point;
  /** Its position in map coordinates (its `translate(x,y)`), before the zoom's scale and shift. */
  at?: Point;
}

/** A drawn link as read from the page: its two ends on screen and, when the painter bound them, the nodes it joins. */
export interface ReadEdge {
  kind: 'link' | 'action';
  a: Point;
  b: Point;
  from?: string;
  to?: string;
}

export interface LinkSegment extends Segment {
  kind: 'link' | 'action';
}

/**
 * Screen centres come from bounding boxes in the browser's single precision: two nodes of one column
 * can differ by 1e-5 px, so a node lying on a link down its column counts as crossing it, or not,
 * depending on where the zoom shifts the map (issue 25: 400 crossings became 416 when the map moved
 * 9 px right). Snapped to a hundredth of a pixel, one column is one x again.
 */
const snap = (p: Point): Point => ({ x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 });

/**
 * The straight segment joining each drawn link's two nodes, for counting crossings. A link's nodes are
 * the ones the painter bound to it when the page says; otherwise the nodes nearest its two ends.
 * Segments join the nodes' map positions when every node has one (a crossing count does not change
 * under the zoom's scale and shift, and map positions are exact), else their snapped screen centres.
 */
export function linkSegments(edges: readonly ReadEdge[], nodes: readonly ReadNode[]): LinkSegment[] {
  if (nodes.length === 0) return [];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const inMap = nodes.every((n) => n.at !== undefined);
  const pointOf = (n: ReadNode) => (inMap && n.at ? n.at : snap(n.centre));
  const nearest = (p: Point) =>
    nodes.reduce((best, n) => (Math.hypot(n.centre.x - p.x, n.centre.y - p.y) < Math.hypot(best.centre.x - p.x, best.centre.y - p.y) ? n : best));
  return edges.map((e) => {
    const named = e.from !== undefined && e.to !== undefined ? [byId.get(e.from), byId.get(e.to)] : [];
    const from = named[0] ?? nearest(e.a);
    const to = named[1] ?? nearest(e.b);
    return { kind: e.kind, from: from.id, to: to.id, a: pointOf(from), b: pointOf(to) };
  });
}
