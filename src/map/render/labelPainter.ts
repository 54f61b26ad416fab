import { select, type Selection } from 'd3-selection';
import type { MapNode } from '../../analysis';
import type { LayoutGeometry, Point } from '../layout/createLayout';
import { INTERVENTION_LABEL_FONT, LABEL_FONT, LINE_EM, interventionLines } from '../layout/journeyLayout';
import { ALWAYS, firstBaseline, placeLabels, type LabelCandidate } from './labelPlacement';
import { wrapInFull } from './wrapLabel';

/** Labels never shrink below this on screen, nor grow past the larger size, whatever the zoom. */
export const LABEL_MIN_PX = 11;
const LABEL_MAX_PX = 17;

export interface LabelPainterOptions {
  nodes: readonly MapNode[];
  geometry: LayoutGeometry;
  outcome?: string;
  radiusOf(id: string): number;
}

/** What decides which labels show, where and how big. */
export interface LabelState {
  positions: ReadonlyMap<string, Point>;
  visible: ReadonlySet<string>;
  selectedId: string | null;
  hoveredId: string | null;
  /** The nodes of a traced loop or path: their labels always show. */
  traced: ReadonlySet<string> | null;
  scale: number;
}

/**
 * Paints the node labels: which fit (labelPlacement.ts), at a size readable on screen, each in
 * full. A label's text is rewritten only when its place, size or wording changed, so a frame
 * that moves a few nodes touches a few labels.
 */
export function createLabelPainter(options: LabelPainterOptions) {
  const { nodes, geometry, outcome, radiusOf } = options;
  const factorLines = new Map(nodes.filter((n) => n.kind === 'factor').map((n) => [n.id, wrapInFull(n.label, geometry.factorChars.get(n.id) ?? geometry.labelChars)]));
  const laneLines = new Map(nodes.filter((n) => n.kind === 'intervention').map((n) => [n.id, interventionLines(n.label)]));
  const fullLaneLines = new Map(nodes.filter((n) => n.kind === 'intervention').map((n) => [n.id, wrapInFull(n.label, 22)]));
  const drawnLabels = new WeakMap<SVGTextElement, string>();

  return (labels: Selection<SVGTextElement, MapNode, SVGGElement, unknown>, state: LabelState) => {
    const { scale, traced } = state;
    /** The label text height in layout units: the layout's size, kept between LABEL_MIN_PX and LABEL_MAX_PX on screen. */
    // A hair above the minimum, so floating-point rounding never draws a label at 10.9999 px.
    const fontFor = (base: number) => Math.min(Math.max(LABEL_FONT * scale, LABEL_MIN_PX * 1.001), LABEL_MAX_PX) / scale * (base / LABEL_FONT);
    const close = (id: string) => id === state.selectedId || id === state.hoveredId;
    const candidates: LabelCandidate[] = nodes.flatMap((n) => {
      const at = state.positions.get(n.id);
      if (!at || !state.visible.has(n.id)) return [];
      const first = close(n.id) || n.id === outcome || (traced?.has(n.id) ?? false);
      const factor = n.kind === 'factor';
      const lines = factor ? (factorLines.get(n.id) ?? [n.label]) : ((close(n.id) ? fullLaneLines : laneLines).get(n.id) ?? [n.label]);
      return [
        {
          id: n.id,
          at,
          radius: radiusOf(n.id),
          lines,
          side: 'right' as const,
          font: fontFor(factor ? LABEL_FONT : INTERVENTION_LABEL_FONT),
          // Factors before interventions; the outcome, the selection and what is traced before all.
          priority: first ? ALWAYS : (factor ? 1000 : 0) + n.degree,
        },
      ];
    });
    const shown = placeLabels(candidates);
    const byId = new Map(candidates.map((c) => [c.id, c]));
    labels.classed('is-hidden', (n) => !shown.has(n.id));
    labels.each(function (n) {
      const c = byId.get(n.id);
      if (!c || !shown.has(n.id)) return;
      const start = firstBaseline(c);
      const drawn = `${c.font} ${start.x} ${start.y} ${c.lines.join('\n')}`;
      if (drawnLabels.get(this) === drawn) return;
      drawnLabels.set(this, drawn);
      select(this)
        .attr('font-size', c.font)
        .attr('text-anchor', 'start')
        .selectAll<SVGTSpanElement, string>('tspan')
        .data(c.lines)
        .join('tspan')
        .attr('x', start.x)
        .attr('y', (_, i) => start.y + i * c.font * LINE_EM)
        .text((line) => line);
    });
  };
}
