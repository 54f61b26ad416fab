import type { Bounds } from './createPanZoom';

/** Room kept clear around what is revealed, in screen pixels: all round, and on the right (where a factor's label runs). */
export interface RevealMargins {
  margin: number;
  right: number;
}

/** Along one axis: the least move that brings lo..hi inside min..max, or (too long to fit) centres it. */
const shiftAlong = (lo: number, hi: number, min: number, max: number) =>
  hi - lo > max - min ? (min + max) / 2 - (lo + hi) / 2 : lo < min ? min - lo : hi > max ? max - hi : 0;

/**
 * The least pan, in screen pixels, that brings a box (a node, or both ends of a link, already in
 * screen coordinates) inside a view of this size, clear of its edges; a box larger than the view
 * is centred. Panning the least keeps the picture familiar.
 */
export function revealShift(screen: Bounds, view: { width: number; height: number }, { margin, right }: RevealMargins): { dx: number; dy: number } {
  return {
    dx: shiftAlong(screen.x0, screen.x1, margin, view.width - right),
    dy: shiftAlong(screen.y0, screen.y1, margin, view.height - margin),
  };
}
