import { copyOf, type EditAction } from '../editAction';

/** Writes pinned positions (x, y by node id) into the dataset, keeping any not given. */
export function savePositions(positions: Record<string, { x: number; y: number }>): EditAction {
  return (current) => {
    const dataset = copyOf(current);
    const rounded = Object.fromEntries(Object.entries(positions).map(([id, p]) => [id, { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 }]));
    dataset.positions = { ...(dataset.positions ?? {}), ...rounded };
    return { dataset, entersHistory: true };
  };
}
