import { diamondReach, INTERVENTION_RADIUS, pipCentre, PIP_RADIUS } from '../nodeGeometry';

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
export { INTERVENTION_RADIUS } from '../nodeGeometry';
/** A diamond reaches this far from its centre. */
export const DIAMOND_REACH = diamondReach(INTERVENTION_RADIUS);
/** Room above a diamond for its evidence pips (their centres' lift above it, and their radius), in whole units. */
export const PIP_ROOM = Math.ceil(-pipCentre(0, 1, INTERVENTION_RADIUS).y - DIAMOND_REACH + PIP_RADIUS);

export const labelHeight = (lines: number, font: number) => lines * font * LINE_EM;
export const labelWidth = (lines: readonly string[], font: number) => Math.max(1, ...lines.map((l) => l.length)) * font * CHAR_EM;
