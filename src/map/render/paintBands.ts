import type { Selection } from 'd3-selection';
import type { LayoutGeometry } from '../layout/createLayout';
import { BAND_FOOT_ROOM, BAND_HEADING_ROOM, COLUMN_WIDTH, columnX } from '../layout/stageColumns';

/** Draws the journey columns with their headings and the interventions' lane, behind everything. */
export function paintBands(
  bands: Selection<SVGGElement, unknown, null, undefined>,
  stageLabels: readonly string[],
  geometry: LayoutGeometry,
  hasInterventions: boolean,
): (scale: number) => void {
  const stageCount = stageLabels.length;
  const { columns, lane } = geometry;
  const top = Math.min(...columns.map((c) => c.y0)) - BAND_HEADING_ROOM;
  const bottom = lane.y1 + BAND_FOOT_ROOM;
  const band = bands
    .selectAll<SVGGElement, string>('g')
    .data(stageLabels)
    .join('g')
    .attr('class', (_, i) => `map-stage map-stage--${i % 2 === 0 ? 'even' : 'odd'}`);
  band
    .append('rect')
    .attr('x', (_, i) => columnX(i, stageCount) - COLUMN_WIDTH / 2)
    .attr('width', COLUMN_WIDTH)
    .attr('y', top)
    .attr('height', bottom - top);
  const headings = band
    .append('text')
    .attr('class', 'map-stage-label')
    .attr('x', (_, i) => columnX(i, stageCount))
    .attr('y', top + 30)
    .attr('text-anchor', 'middle')
    .text((label) => label);
  const laneText = 'Interventions: where funding acts, under the factors they act on';
  const laneHeading = hasInterventions
    ? (() => {
        const laneTop = lane.y0 - 50;
        bands
          .append('rect')
          .attr('class', 'map-lane')
          .attr('x', columnX(0, stageCount) - COLUMN_WIDTH / 2)
          .attr('width', stageCount * COLUMN_WIDTH)
          .attr('y', laneTop)
          .attr('height', bottom - laneTop);
        return bands
          .append('text')
          .attr('class', 'map-lane-label')
          .attr('x', columnX(0, stageCount) - COLUMN_WIDTH / 2 + 14)
          .attr('y', laneTop + 26)
          .text(laneText);
      })()
    : null;

  // Headings keep a readable size on screen whatever the zoom, but never outgrow their column.
  return (scale) => {
    const fitted = (px: number, text: string, room: number) => Math.min(px / scale, room / (Math.max(text.length, 1) * 0.62));
    headings.attr('font-size', Math.min(...stageLabels.map((label) => fitted(13, label, COLUMN_WIDTH - 16))));
    laneHeading?.attr('font-size', fitted(12, laneText, stageCount * COLUMN_WIDTH - 28));
  };
}
