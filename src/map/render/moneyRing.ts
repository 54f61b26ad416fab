import { COLOURS } from '../tokens';

/**
 * The portfolio overlay's one scale, for SVG and canvas alike: a halo round a node whose radius
 * grows with the money reaching it. By area (square root), so twice the money looks about twice as
 * big, from a thin ring just outside the node (any money at all is visible) to MAX_GROWTH beyond it.
 */
const GAP = 4;
const MAX_GROWTH = 18;

export function moneyRingRadius(amount: number, max: number, nodeRadius: number): number {
  if (!(amount > 0) || !(max > 0)) return 0;
  return nodeRadius + GAP + MAX_GROWTH * Math.sqrt(Math.min(1, amount / max));
}

/** The halo's look: a translucent gold fill under a darker rim, readable over either lane. */
export const MONEY_LOOK = { fill: COLOURS.moneyFill, stroke: COLOURS.money, width: 1.5 } as const;
