import type { MapNode } from '../analysis';

/** Node size grows with the number of links, gently (square root) so hubs do not swamp the map. */
export function nodeRadius(node: Pick<MapNode, 'degree' | 'kind'>): number {
  const base = node.kind === 'intervention' ? 8 : 7;
  return base + 2.4 * Math.sqrt(node.degree);
}
