import type { Point } from '../layout/createLayout';

export interface Zoom {
  x: number;
  y: number;
  k: number;
}

/**
 * The zoom that shows a layout point (a node just added) near the middle of a view, at the scale
 * where labels stand at their own size and so all have room; null when the view is already that
 * close, where the least pan (a reveal) is enough. Zoomed out further, labels give way to the
 * better connected, and a new node, linked to nothing yet, would be an unnamed dot.
 * `labelRoom` (layout units) is how far right of the point its label reaches: the two are centred together.
 */
export function readableAround(at: Point, current: Zoom, view: { width: number; height: number }, readableK: number, labelRoom: number): Zoom | null {
  if (current.k >= readableK) return null;
  const k = readableK;
  return { k, x: view.width / 2 - k * (at.x + labelRoom / 2), y: view.height / 2 - k * at.y };
}
