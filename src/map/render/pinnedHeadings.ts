import { select } from 'd3-selection';
import type { LayoutGeometry } from '../layout/createLayout';
import { wrapInFull } from './wrapLabel';
import { setAttr, setText } from './domWrites';

const FONT_PX = 13;
/** A heading character's width, in ems (bold sans-serif, generously). */
const CHAR_PX = 0.62;
const TOP_PX = 6;
/** Room a view narrowed to a few nodes keeps at its top for the headings pinned there (up to three lines: "Probation / and / licence" over a narrow column), so none covers a node. */
export const PINNED_HEADING_ROOM = Math.ceil(TOP_PX + 3 * FONT_PX * 1.15 + 14);
/** A column showing less than this (pixels) has no room for its heading: it is left unnamed rather than cut. */
const NARROWEST = 40;
/** Smaller than this, a heading is not read at a glance: its column is left unnamed instead. */
const SMALLEST_FONT_PX = 9;

/**
 * The stages' headings, drawn in screen space over the map: each sits above its column, and
 * stays pinned to the top of the view when the map is zoomed or panned down, so a person always
 * knows which stage of the journey they are looking at. A column partly out of the view has its
 * heading over the part in view, wrapped to it, so no heading is cut at the view's edge.
 */
export function createPinnedHeadings(layer: SVGGElement, stageLabels: readonly string[], geometry: LayoutGeometry, viewWidth: () => number = () => Infinity) {
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
    const width = viewWidth();
    headings.each(function (label, i) {
      const column = geometry.columns[i];
      if (!column) return;
      const left = column.x0 * transform.k + transform.x;
      const right = column.x1 * transform.k + transform.x;
      const x0 = Math.max(0, left);
      const x1 = Math.min(width, right);
      const longestChars = Math.max(...label.split(/\s+/).map((word) => word.length));
      const room = x1 - x0 - 8;
      const cut = (x0 > left || x1 < right) && room < longestChars * FONT_PX * CHAR_PX;
      // A narrow column (a whole map on a phone) takes a smaller heading, so its longest word stays
      // over its own column instead of running into the next heading ("In priso" beside "Releas").
      const fontPx = Math.min(FONT_PX, room / (longestChars * CHAR_PX));
      if (x1 - x0 < NARROWEST || cut || fontPx < SMALLEST_FONT_PX) {
        select(this).selectAll('tspan').remove();
        return;
      }
      const chars = Math.max(longestChars, Math.floor(room / (fontPx * CHAR_PX)));
      const lines = wrapInFull(label, chars);
      const y = Math.max(TOP_PX, top * transform.k + transform.y - lines.length * fontPx * 1.15 - 4);
      // Called in every frame of a fit's glide: only what moved is written, so an unmoved heading is not laid out again.
      const heading = setAttr(select(this), 'font-size', () => String(fontPx));
      const spans = heading.selectAll<SVGTSpanElement, string>('tspan').data(lines).join('tspan');
      setAttr(spans, 'x', () => String((x0 + x1) / 2));
      setAttr(spans, 'y', (_, j) => String(y + fontPx + j * fontPx * 1.15));
      setText(spans, (line) => line);
    });
  };
}
