import type { MapEdge, MapNode } from '../../analysis';
import type { Point } from '../layout/createLayout';
import type { Box } from './labelPlacement';
import type { DisplayState, PaintedHighlight, PaintedMoney, PaintedVisibility, ViewTransform } from './painter';

/** Everything one canvas frame is drawn from: the painter's state at the moment it draws. */
export interface CanvasScene {
  nodes: readonly MapNode[];
  positions: ReadonlyMap<string, Point>;
  visibility: PaintedVisibility;
  display: DisplayState;
  highlight: PaintedHighlight | null;
  impact: ReadonlyMap<string, number> | null;
  /** The portfolio overlay's money, or null when it is off. */
  money?: PaintedMoney | null;
  transform: ViewTransform;
  /** The node the keyboard is on, when the map has keyboard focus (its ring is drawn). */
  focusedId: string | null;
  outcome: string | undefined;
  radiusOf(id: string): number;
  /** The edges drawn now: visible causal links, and an intervention's links while it is in play. */
  drawnEdges: readonly MapEdge[];
}

/** The part of the layout the screen shows (layout units), grown by a margin so nothing pops in at the edges. */
export function visibleBox(transform: ViewTransform, width: number, height: number, marginPx = 40): Box {
  const { x, y, k } = transform;
  return { x0: (-marginPx - x) / k, y0: (-marginPx - y) / k, x1: (width + marginPx - x) / k, y1: (height + marginPx - y) / k };
}

export const insideBox = (box: Box, p: Point, pad = 0) => p.x >= box.x0 - pad && p.x <= box.x1 + pad && p.y >= box.y0 - pad && p.y <= box.y1 + pad;
