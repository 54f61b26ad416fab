import type { Dataset } from '../../src/model';
import { settledPositions } from '../../src/map/layout/datasetLayout';

const ADDED = 'measure-added-factor';

/**
 * Adds one factor linked to one existing factor (the first factor that is not the outcome, in its
 * stage and domain) and counts the other nodes that move by more than 2 layout units.
 */
export function nodesMovedByOneMoreFactor(dataset: Dataset): { moved: number; of: number; largestMove: number } {
  const anchor = dataset.factors.find((f) => f.id !== dataset.meta.outcome) ?? dataset.factors[0];
  if (!anchor) return { moved: 0, of: 0, largestMove: 0 };
  const citation = anchor.citations.slice(0, 1);
  const grown: Dataset = {
    ...dataset,
    factors: [...dataset.factors, { ...anchor, id: ADDED, label: 'A factor added to measure the layout', citations: citation }],
    links: [...dataset.links, { id: `${ADDED}-link`, from: ADDED, to: anchor.id, polarity: '+', basis: 'stated', description: 'Added to measure.', citations: citation }],
  };
  const before = settledPositions(dataset);
  const after = settledPositions(grown);
  let moved = 0;
  let largestMove = 0;
  for (const [id, p] of before) {
    const q = after.get(id);
    if (!q) continue;
    const distance = Math.hypot(q.x - p.x, q.y - p.y);
    largestMove = Math.max(largestMove, distance);
    if (distance > 2) moved++;
  }
  return { moved, of: before.size, largestMove: Math.round(largestMove * 10) / 10 };
}
