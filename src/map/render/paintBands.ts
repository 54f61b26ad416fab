import type { Selection } from 'd3-selection';
import type { LayoutGeometry } from '../layout/createLayout';

const LANE_TEXT = 'Interventions: where funding acts. Point at one to see the factors it acts on';

/** Draws the journey columns and the interventions' lane behind everything (their headings stay pinned: pinnedHeadings.ts). */
export function paintBands(bands: Selection<SVGGElement, unknown, null, undefined>, geometry: LayoutGeometry, hasInterventions: boolean): (scale: number) => void {
  const { columns, lane, extent } = geometry;
  const bottom = hasInterventions ? lane.y1 : extent.y1;
  bands
    .selectAll<SVGRectElement, (typeof columns)[number]>('rect.map-stage')
    .data(columns)
    .join('rect')
    .attr('class', (_, i) => `map-stage map-stage--${i % 2 === 0 ? 'even' : 'odd'}`)
    .attr('x', (c) => c.x0)
    .attr('width', (c) => c.x1 - c.x0)
    .attr('y', extent.y0)
    .attr('height', bottom - extent.y0);
  // A map drawn freely elsewhere has no lane (publishedGeometry.ts).
  if (!hasInterventions || lane.y1 <= lane.y0) return () => {};
  bands.append('rect').attr('class', 'map-lane').attr('x', lane.x0).attr('width', lane.x1 - lane.x0).attr('y', lane.y0).attr('height', lane.y1 - lane.y0);
  const heading = bands.append('text').attr('class', 'map-lane-label').attr('x', lane.x0 + 8).attr('y', lane.y0 + 16).text(LANE_TEXT);
  // The lane's heading keeps a readable size on screen whatever the zoom, but never outgrows the lane.
  return (scale) => {
    heading.attr('font-size', Math.min(12 / scale, (lane.x1 - lane.x0 - 16) / (LANE_TEXT.length * 0.6)));
  };
}
