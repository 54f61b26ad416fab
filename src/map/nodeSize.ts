import type { MapNode } from '../analysis';

/**
 * A factor grows with its number of links, gently (square root) so hubs do not swamp the map, up
 * to a cap; interventions are all one size, a row of choices in their lane.
 */
export function nodeRadius(node: Pick<MapNode, 'degree' | 'kind'>): number {
  if (node.kind === 'intervention') return 9;
  return Math.min(15, 6 + 2 * Math.sqrt(node.degree));
}
