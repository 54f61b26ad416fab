import type { LayoutGeometry } from '../layout/createLayout';
import { LOOK } from './canvasStyle';

const LANE_TEXT = 'Interventions: where funding acts. Point at one to see the factors it acts on';

/** The journey's columns and the interventions' lane behind everything, as paintBands.ts draws them in SVG. */
export function drawBands(ctx: CanvasRenderingContext2D, geometry: LayoutGeometry, hasInterventions: boolean, k: number, fontFamily: string): void {
  const { columns, lane, extent } = geometry;
  const bottom = hasInterventions ? lane.y1 : extent.y1;
  columns.forEach((c, i) => {
    ctx.fillStyle = i % 2 === 0 ? LOOK.stageEven : LOOK.stageOdd;
    ctx.fillRect(c.x0, extent.y0, c.x1 - c.x0, bottom - extent.y0);
  });
  if (!hasInterventions || lane.y1 <= lane.y0) return;
  ctx.fillStyle = LOOK.lane;
  ctx.fillRect(lane.x0, lane.y0, lane.x1 - lane.x0, lane.y1 - lane.y0);
  // Readable on screen whatever the zoom, but never wider than the lane.
  const size = Math.min(12 / k, (lane.x1 - lane.x0 - 16) / (LANE_TEXT.length * 0.6));
  ctx.font = `600 ${size}px ${fontFamily}`;
  ctx.fillStyle = LOOK.laneText;
  ctx.textAlign = 'start';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(LANE_TEXT, lane.x0 + 8, lane.y0 + 16);
}
