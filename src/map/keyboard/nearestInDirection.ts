import type { Point } from '../layout/createLayout';

export type Direction = 'left' | 'right' | 'up' | 'down';

export const ARROW_DIRECTIONS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/**
 * The node an arrow key moves to: the nearest one lying in that direction (within 60° either
 * side of it), where straying sideways costs twice as much as going ahead, as a map reader's eye
 * would go. Null when nothing lies that way.
 */
export function nearestInDirection(from: Point, direction: Direction, candidates: ReadonlyMap<string, Point>, except?: string): string | null {
  let best: string | null = null;
  let bestCost = Infinity;
  for (const [id, p] of candidates) {
    if (id === except) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const ahead = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const aside = Math.abs(direction === 'left' || direction === 'right' ? dy : dx);
    if (ahead <= 0 || aside > ahead * Math.tan(Math.PI / 3)) continue;
    const cost = ahead + 2 * aside;
    if (cost < bestCost || (cost === bestCost && best !== null && id < best)) {
      best = id;
      bestCost = cost;
    }
  }
  return best;
}
