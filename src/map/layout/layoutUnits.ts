/**
 * The sizes the layout and the painter agree on, in layout units. A factor's label is LABEL_FONT
 * units high; the layout is shaped so that, fitted to a 1280×800 screen, a unit is at least
 * 11/12 of a pixel and so every label is drawn at least 11 px high.
 */
export const LABEL_FONT = 12;
export const INTERVENTION_LABEL_FONT = 11;
/** An estimate of a character's width, in ems, on the wide side (DejaVu Sans), so labels never collide. */
export const CHAR_EM = 0.56;
export const LINE_EM = 1.15;
/** Gap between a node and its label. */
export const LABEL_GAP = 5;
/** Interventions are all one size: the lane is a row of choices, not a ranking. */
export const INTERVENTION_RADIUS = 9;
/** A diamond reaches this far from its centre (nodeShapes.ts draws it 1.25 radii tall and wide). */
export const DIAMOND_REACH = INTERVENTION_RADIUS * 1.25;
/** Room above a diamond for its evidence pips (nodeShapes.ts: a gap of 5 and pips 2.6 in radius). */
export const PIP_ROOM = 8;

export const labelHeight = (lines: number, font: number) => lines * font * LINE_EM;
export const labelWidth = (lines: readonly string[], font: number) => Math.max(1, ...lines.map((l) => l.length)) * font * CHAR_EM;
