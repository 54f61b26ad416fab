import { select } from 'd3-selection';
import type { LayoutGeometry } from '../layout/createLayout';
import { wrapInFull } from './wrapLabel';

const FONT_PX = 13;
const TOP_PX = 6;

/**
 * The stages' headings, drawn in screen space over the map: each sits above its column, and
 * stays pinned to the top of the view when the map is zoomed or panned down, so a person always
 * knows which stage of the journey they are looking at.
 */
export function createPinnedHeadings(layer: SVGGElement, stageLabels: readonly string[], geometry: LayoutGeometry) {
  const root = select(layer);
  root.selectAll('*').remove();
  const headings = root
    .selectAll<SVGTextElement, string>('text')
    .data(stageLabels)
    .join('text')
    .attr('class', 'map-stage-label')
    .attr('text-anchor', 'middle')
    .attr('font-size', FONT_PX);
  return (transform: { k: number; x: number; y: number }) => {
    const top = Math.min(...geometry.columns.map((c) => c.y0));
    headings.each(function (label, i) {
      const column = geometry.columns[i];
      if (!column) return;
      const x0 = column.x0 * transform.k + transform.x;
      const x1 = column.x1 * transform.k + transform.x;
      const chars = Math.max(6, Math.floor((x1 - x0 - 8) / (FONT_PX * 0.62)));
      const lines = wrapInFull(label, chars);
      const y = Math.max(TOP_PX, top * transform.k + transform.y - lines.length * FONT_PX * 1.15 - 4);
      select(this)
        .selectAll<SVGTSpanElement, string>('tspan')
        .data(lines)
        .join('tspan')
        .attr('x', (x0 + x1) / 2)
        .attr('y', (_, j) => y + FONT_PX + j * FONT_PX * 1.15)
        .text((line) => line);
    });
  };
}
