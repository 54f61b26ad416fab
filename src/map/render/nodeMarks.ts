import { select, type Selection } from 'd3-selection';
import type { MapNode } from '../../analysis';
import { impactMarkBaseline, impactRingRadius, impactRingWidth, MARKED_EFFECT } from '../nodeGeometry';

/** What the marks say about a node: its step in a traced loop or path, its what-if effect. */
export interface NodeMarks {
  step: number | undefined;
  /** −1…1; marked when at least 0.01 either way. */
  effect: number;
  /** The funder's money reaching it, in words ("£20,000"), while the portfolio overlay is on. */
  money?: string | undefined;
}

const MARK_PARTS = 'text.map-order, circle.map-impact, text.map-impact-mark';

/** The node's accessible name with what its marks show, so speech says what sight shows. */
export function markedName(base: string, marks: NodeMarks, tracedKind: 'loop' | 'path' | undefined): string {
  const step = marks.step ? ` Step ${marks.step} of the traced ${tracedKind === 'path' ? 'paths' : 'loop'}.` : '';
  const effect = Math.abs(marks.effect) >= MARKED_EFFECT ? ` What if: ${marks.effect > 0 ? 'rises' : 'falls'}.` : '';
  const money = marks.money ? ` Your grants: ${marks.money}.` : '';
  return `${base}${step}${effect}${money}`;
}

/**
 * Draws a node's marks: the step number of a traced loop or path (so its order reads without
 * colour), and a what-if ring with ▲ or ▼ (blue rises, orange falls; the ring widens with size).
 */
export function paintNodeMarks(nodes: Selection<SVGGElement, MapNode, SVGGElement, unknown>, marksOf: (id: string) => NodeMarks, radiusOf: (id: string) => number): void {
  nodes.each(function (n) {
    const { step, effect } = marksOf(n.id);
    const marked = Math.abs(effect) >= MARKED_EFFECT;
    // Most nodes have no marks, before or after: nothing to join (three joins a node, every repaint).
    if (!step && !marked && !this.querySelector(MARK_PARTS) && !this.classList.contains('is-rising') && !this.classList.contains('is-falling')) return;
    const node = select(this);
    node
      .selectAll<SVGTextElement, number>('text.map-order')
      .data(step ? [step] : [])
      .join((enter) => enter.append('text').attr('class', 'map-order').attr('text-anchor', 'middle').attr('dy', '0.35em'))
      .text((s) => s);
    node
      .selectAll<SVGCircleElement, number>('circle.map-impact')
      .data(marked ? [effect] : [])
      .join((enter) => enter.insert('circle', ':first-child').attr('class', 'map-impact'))
      .attr('r', impactRingRadius(radiusOf(n.id)))
      .attr('stroke-width', impactRingWidth);
    node.classed('is-rising', marked && effect > 0).classed('is-falling', marked && effect < 0);
    node
      .selectAll<SVGTextElement, number>('text.map-impact-mark')
      .data(marked ? [effect] : [])
      .join((enter) => enter.append('text').attr('class', 'map-impact-mark').attr('text-anchor', 'middle'))
      .attr('y', impactMarkBaseline(radiusOf(n.id)))
      .text((v) => (v > 0 ? '▲' : '▼'));
  });
}
