import type { MapNode } from '../../analysis';
import type { LayoutGeometry, Point } from '../layout/createLayout';
import { INTERVENTION_LABEL_FONT, LABEL_FONT, interventionLines } from '../layout/journeyLayout';
import { ALWAYS, type LabelCandidate } from './labelPlacement';
import { wrapInFull } from './wrapLabel';

/** Labels never shrink below this on screen, nor grow past the larger size, whatever the zoom. */
export const LABEL_MIN_PX = 11;
const LABEL_MAX_PX = 17;

export interface LabelCandidateOptions {
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
 * Every visible node's label as a candidate for placement (labelPlacement.ts): its lines (a
 * factor's in full; an intervention's short, unless pointed at), its size on screen kept between
 * LABEL_MIN_PX and LABEL_MAX_PX, and its priority. Both painters place labels from these.
 */
export function createLabelCandidates(options: LabelCandidateOptions) {
  const { nodes, geometry, outcome, radiusOf } = options;
  const factorLines = new Map(nodes.filter((n) => n.kind === 'factor').map((n) => [n.id, wrapInFull(n.label, geometry.factorChars.get(n.id) ?? geometry.labelChars)]));
  const laneLines = new Map(nodes.filter((n) => n.kind === 'intervention').map((n) => [n.id, interventionLines(n.label)]));
  const fullLaneLines = new Map(nodes.filter((n) => n.kind === 'intervention').map((n) => [n.id, wrapInFull(n.label, 22)]));

  return (state: LabelState, include: (id: string, at: Point) => boolean = () => true): LabelCandidate[] => {
    const { scale, traced } = state;
    // A hair above the minimum, so floating-point rounding never draws a label at 10.9999 px.
    const fontFor = (base: number) => Math.min(Math.max(LABEL_FONT * scale, LABEL_MIN_PX * 1.001), LABEL_MAX_PX) / scale * (base / LABEL_FONT);
    const close = (id: string) => id === state.selectedId || id === state.hoveredId;
    return nodes.flatMap((n) => {
      const at = state.positions.get(n.id);
      if (!at || !state.visible.has(n.id) || !include(n.id, at)) return [];
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
  };
}
