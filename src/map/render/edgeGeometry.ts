import type { Point } from '../layout/createLayout';

/** A link's curve: from one node's rim, bending through `control`, to just short of the other's. */
export interface EdgeCurve {
  start: Point;
  control: Point;
  end: Point;
  /** Ends so close that the curve is drawn as a straight line. */
  straight: boolean;
}

/**
 * A gently curved edge from one node's rim to the other's. The curve bends to the right of the
 * direction of travel, so A→B and B→A never lie on top of each other.
 */
export function curvedEdge(from: Point, to: Point, fromRadius: number, toRadius: number, bend = 0.12): EdgeCurve {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const control = { x: (from.x + to.x) / 2 - dy * bend, y: (from.y + to.y) / 2 + dx * bend };
  const start = towards(from, control, fromRadius);
  const end = towards(to, control, toRadius + 3);
  return { start, control, end, straight: length < fromRadius + toRadius + 4 };
}

/** The same curve as SVG path data (the SVG painter's). */
export function curvedEdgePath(from: Point, to: Point, fromRadius: number, toRadius: number, bend = 0.12): string {
  const { start, control, end, straight } = curvedEdge(from, to, fromRadius, toRadius, bend);
  if (straight) return `M${start.x},${start.y}L${end.x},${end.y}`;
  return `M${round(start.x)},${round(start.y)}Q${round(control.x)},${round(control.y)} ${round(end.x)},${round(end.y)}`;
}

/** A point along the curve, t from 0 (start) to 1 (end). */
export function pointOnCurve(curve: EdgeCurve, t: number): Point {
  if (curve.straight) return { x: curve.start.x + (curve.end.x - curve.start.x) * t, y: curve.start.y + (curve.end.y - curve.start.y) * t };
  const u = 1 - t;
  return {
    x: u * u * curve.start.x + 2 * u * t * curve.control.x + t * t * curve.end.x,
    y: u * u * curve.start.y + 2 * u * t * curve.control.y + t * t * curve.end.y,
  };
}

function towards(from: Point, to: Point, distance: number): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  return { x: from.x + (dx / length) * distance, y: from.y + (dy / length) * distance };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
