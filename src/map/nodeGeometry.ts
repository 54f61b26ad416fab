import type { MapNode } from '../analysis';

/**
 * Every size of a node's marks, in layout units about its centre, in one place: the SVG shapes
 * (render/nodeShapes.ts, render/nodeMarks.ts), the canvas drawing (render/canvasNodes.ts),
 * hit-testing (render/hitTest.ts), the layout's room for them (layout/layoutUnits.ts) and an
 * export's legend swatches (markExtent.ts) all read them here, so a mark drawn bigger is also clicked,
 * given room and keyed bigger.
 */

/** Interventions are all one size: the lane is a row of choices, not a ranking. */
export const INTERVENTION_RADIUS = 9;

/**
 * A factor grows with its number of links, gently (square root) so hubs do not swamp the map, up
 * to a cap; interventions are all one size, a row of choices in their lane.
 */
export function nodeRadius(node: Pick<MapNode, 'degree' | 'kind'>): number {
  if (node.kind === 'intervention') return INTERVENTION_RADIUS;
  return Math.min(15, 6 + 2 * Math.sqrt(node.degree));
}

/** How far an intervention's diamond reaches from its centre, in radii (its half-diagonal). */
export const DIAMOND_SCALE = 1.25;
export const diamondReach = (r: number) => r * DIAMOND_SCALE;
/** The diamond as an SVG path about its centre. */
export const diamondPath = (r: number) => {
  const d = diamondReach(r);
  return `M0,${-d}L${d},0L0,${d}L${-d},0Z`;
};
/** How far from its centre a node's shape reaches: what a click on it may hit. */
export const shapeReach = (kind: MapNode['kind'], r: number) => (kind === 'intervention' ? diamondReach(r) : r);

/** The outcome's ring, this far outside its circle. */
export const outcomeRingRadius = (r: number) => r + 6;

/** The glyph inside a shape (drawn in a box from −1 to 1), scaled to fit a circle or a diamond. */
export const glyphScale = (kind: MapNode['kind'], r: number) => (kind === 'factor' ? 0.62 : 0.7) * r;
/** The ring round a glyph of a vocabulary's second round (glyphs.ts). */
export const glyphRingRadius = (r: number) => r * 0.85;

/** An evidence pip's radius, the gap between pips, and how far the row floats above the diamond. */
export const PIP_RADIUS = 2.6;
const PIP_GAP = 1.5;
const PIP_LIFT = 5;
/** The centre of the i-th of `count` evidence pips, in a row above an intervention's diamond. */
export const pipCentre = (i: number, count: number, r: number) => ({ x: (i - (count - 1) / 2) * (PIP_RADIUS * 2 + PIP_GAP), y: -(diamondReach(r) + PIP_LIFT) });

/** A what-if effect is marked when at least this big either way (−1…1). */
export const MARKED_EFFECT = 0.01;
/** The what-if ring, just outside the node, wider the larger the effect. */
export const impactRingRadius = (r: number) => r + 5;
export const impactRingWidth = (effect: number) => 2 + 5 * Math.abs(effect);
/** The ▲ or ▼ above a node: its baseline (SVG) and its middle (canvas, which centres text). */
export const impactMarkBaseline = (r: number) => -(r + 9);
export const impactMarkMiddle = (r: number) => -(r + 13);
