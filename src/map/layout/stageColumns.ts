/**
 * The map's reading order. Left to right, each system stage is a column, so a funder sees at a
 * glance where in a person's journey a factor sits. Interventions sit in a lane of their own below
 * the factors, under the factors they act on: the causal story above, where money acts below.
 */
export const COLUMN_WIDTH = 300;
const COLUMN_MARGIN = 36;
const FACTOR_SPACING = 62;
const LANE_GAP = 170;
const LANE_HALF_HEIGHT = 90;

/** Room above the columns for their headings, and below the lane, when drawn and when fitted. */
export const BAND_HEADING_ROOM = 110;
export const BAND_FOOT_ROOM = 60;

export function columnX(stageIndex: number, stageCount: number): number {
  return (stageIndex - (stageCount - 1) / 2) * COLUMN_WIDTH;
}

export function columnBox(stageIndex: number, stageCount: number, halfHeight: number) {
  const x = columnX(stageIndex, stageCount);
  return { x0: x - COLUMN_WIDTH / 2 + COLUMN_MARGIN, x1: x + COLUMN_WIDTH / 2 - COLUMN_MARGIN, y0: -halfHeight, y1: halfHeight };
}

/** How tall the factor area is: enough for the fullest column. */
export function factorHalfHeight(factorsPerStage: readonly number[]): number {
  return Math.max(220, (Math.max(0, ...factorsPerStage) * FACTOR_SPACING) / 2);
}

export function laneBox(stageCount: number, halfHeight: number) {
  const centre = halfHeight + LANE_GAP;
  return {
    x0: columnX(0, stageCount) - COLUMN_WIDTH / 2 + COLUMN_MARGIN,
    x1: columnX(stageCount - 1, stageCount) + COLUMN_WIDTH / 2 - COLUMN_MARGIN,
    y0: centre - LANE_HALF_HEIGHT,
    y1: centre + LANE_HALF_HEIGHT,
  };
}

/** The middle of a set of x positions (an intervention's home is the middle of what it acts on). */
export function meanX(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((sum, x) => sum + x, 0) / xs.length;
}
