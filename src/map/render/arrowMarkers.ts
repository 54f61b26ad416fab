import type { Selection } from 'd3-selection';

/** Arrowheads for causal links, intervention actions (and those only intended) and traced loops or paths; ids are prefixed so two maps never clash. */
export function addArrowMarkers(defs: Selection<SVGDefsElement, unknown, null, undefined>, prefix: string): (kind: string) => string {
  for (const kind of ['link', 'action', 'intended', 'traced']) {
    defs
      .append('marker')
      .attr('id', `${prefix}-arrow-${kind}`)
      .attr('viewBox', '0 0 10 10')
      .attr('refX', 9)
      .attr('refY', 5)
      .attr('markerWidth', 7)
      .attr('markerHeight', 7)
      .attr('orient', 'auto')
      .attr('class', `map-arrow map-arrow--${kind}`)
      .append('path')
      .attr('d', 'M0,0L10,5L0,10Z');
  }
  return (kind) => `url(#${prefix}-arrow-${kind})`;
}
