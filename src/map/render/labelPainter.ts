import { select, type Selection } from 'd3-selection';
import type { MapNode } from '../../analysis';
import { LINE_EM } from '../layout/journeyLayout';
import { createLabelCandidates, type LabelCandidateOptions, type LabelState } from './labelCandidates';
import { firstBaseline, placeLabels } from './labelPlacement';

export { LABEL_MIN_PX, type LabelState } from './labelCandidates';
export type LabelPainterOptions = LabelCandidateOptions;

/**
 * Paints the node labels as SVG text: which fit (labelPlacement.ts), at a size readable on
 * screen, each in full. A label's text is rewritten only when its place, size or wording changed,
 * so a frame that moves a few nodes touches a few labels.
 */
export function createLabelPainter(options: LabelPainterOptions) {
  const candidatesFor = createLabelCandidates(options);
  const drawnPlaces = new WeakMap<SVGTextElement, string>();
  const drawnWords = new WeakMap<SVGTextElement, string>();

  return (labels: Selection<SVGTextElement, MapNode, SVGGElement, unknown>, state: LabelState) => {
    const candidates = candidatesFor(state);
    const shown = placeLabels(candidates);
    const byId = new Map(candidates.map((c) => [c.id, c]));
    labels.classed('is-hidden', (n) => !shown.has(n.id));
    labels.each(function (n) {
      const c = byId.get(n.id);
      if (!c || !shown.has(n.id)) return;
      const start = firstBaseline(c);
      const place = `${c.font} ${start.x} ${start.y}`;
      const words = c.lines.join('\n');
      if (drawnPlaces.get(this) === place && drawnWords.get(this) === words) return;
      drawnPlaces.set(this, place);
      const text = select(this).attr('font-size', c.font).attr('text-anchor', 'start');
      // A zoom moves every label each frame: the lines keep their text nodes then, so the browser
      // re-places the words without shaping them again (rewriting the text cost a layout of each).
      if (drawnWords.get(this) !== words) {
        drawnWords.set(this, words);
        text
          .selectAll<SVGTSpanElement, string>('tspan')
          .data(c.lines)
          .join('tspan')
          .text((line) => line);
      }
      text
        .selectAll<SVGTSpanElement, string>('tspan')
        .attr('x', start.x)
        .attr('y', (_, i) => start.y + i * c.font * LINE_EM);
    });
  };
}
