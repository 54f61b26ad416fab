import type { Point } from './createLayout';

/**
 * The order a stage's factors stand in, read back from published positions, or null when any
 * factor has none. The journey layout deals a stage's ordered factors round-robin onto its
 * sub-columns (factorColumns.ts), each sub-column sharing one x; so reading sub-columns left to
 * right, each top to bottom, and dealing them back gives the very order that made the positions,
 * without running the crossing search again (most of a published map's first paint, measured).
 * Positions from elsewhere (moved by hand, another tool) give an order just as valid, whose
 * columns and bands the journey layout then measures as usual.
 */
export function orderFromPositions(column: readonly string[], published: Readonly<Record<string, Point>>): string[] | null {
  const subColumns = new Map<number, { id: string; y: number }[]>();
  for (const id of column) {
    if (!Object.hasOwn(published, id)) return null;
    const at = published[id]!;
    const members = subColumns.get(at.x) ?? subColumns.set(at.x, []).get(at.x)!;
    members.push({ id, y: at.y });
  }
  const ordered = [...subColumns.entries()].sort((a, b) => a[0] - b[0]).map(([, members]) => members.sort((a, b) => a.y - b.y));
  const order: string[] = [];
  const rows = Math.max(0, ...ordered.map((members) => members.length));
  for (let row = 0; row < rows; row++) for (const members of ordered) if (row < members.length) order.push(members[row]!.id);
  return order;
}
