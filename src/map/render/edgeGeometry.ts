import type { Point } from '../layout/createLayout';

/**
 * A gently curved edge from one node's rim to the other's. The curve bends to the right of the
 * direction of travel, so A→B and B→A never lie on top of each other.
 */
export function curvedEdgePath(from: Point, to: Point, fromRadius: number, toRadius: number, bend = 0.12): string {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const control = { x: (from.x + to.x) / 2 - dy * bend, y: (from.y + to.y) / 2 + dx * bend };
  const start = towards(from, control, fromRadius);
  const end = towards(to, control, toRadius + 3);
  if (length < fromRadius + toRadius + 4) return `M${start.x},${start.y}L${end.x},${end.y}`;
  return `M${round(start.x)},${round(start.y)}Q${round(control.x)},${round(control.y)} ${round(end.x)},${round(end.y)}`;
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
