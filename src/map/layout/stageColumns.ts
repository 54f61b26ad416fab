/**
 * The map reads left to right as a person's journey: each system stage is a column, so a funder
 * can see at a glance where in the journey a factor or intervention sits.
 */
export const COLUMN_WIDTH = 300;

export function columnX(stageIndex: number, stageCount: number): number {
  return (stageIndex - (stageCount - 1) / 2) * COLUMN_WIDTH;
}

/** An intervention that acts at several stages sits at their middle. */
export function targetX(stageIndices: readonly number[], stageCount: number): number {
  if (stageIndices.length === 0) return 0;
  const sum = stageIndices.reduce((total, i) => total + columnX(i, stageCount), 0);
  return sum / stageIndices.length;
}
