import type { MapEdge } from '../../analysis';
import { COLOURS, DASHES } from '../tokens';

/**
 * The map's look on canvas, the same as the stylesheet gives the SVG map (src/map/map.css): both
 * read the tokens (../tokens.ts). Widths and dashes are in layout units, so they scale with the
 * zoom as SVG's do.
 */
export const LOOK = { ...COLOURS, background: COLOURS.mapBackground } as const;

/** The part of an edge's look that depends on the view: how it is drawn now. */
export type EdgeEmphasis = 'normal' | 'faded' | 'traced' | 'selected';

export interface EdgeStyle {
  /** Edges with the same key are stroked together, in one path. */
  key: string;
  colour: string;
  width: number;
  dash: readonly number[];
  alpha: number;
}

/** How an edge is drawn, as `.map-edge` and its modifiers style it in SVG. */
export function edgeStyle(edge: Pick<MapEdge, 'kind' | 'polarity' | 'inferred' | 'intended'>, emphasis: EdgeEmphasis): EdgeStyle {
  const negative = edge.polarity === '-';
  const inferred = edge.inferred === true;
  const action = edge.kind === 'action';
  const intended = edge.intended === true;
  const key = `${edge.kind}|${negative ? '-' : '+'}|${inferred ? 'i' : 's'}|${emphasis}${intended ? '|intended' : ''}`;
  if (emphasis === 'traced') {
    const dash = inferred ? (negative ? DASHES.tracedInferredNegative : DASHES.tracedInferred) : negative ? DASHES.tracedNegative : [];
    return { key, colour: LOOK.traced, width: 3, dash, alpha: inferred ? 0.6 : 1 };
  }
  const dash = intended ? DASHES.intended : inferred ? (negative ? DASHES.inferredNegative : DASHES.inferred) : negative ? DASHES.negative : [];
  if (emphasis === 'selected') return { key, colour: LOOK.focus, width: 3, dash, alpha: 1 };
  if (intended) return { key, colour: LOOK.intendedEdge, width: 1.1, dash, alpha: emphasis === 'faded' ? 0.06 : 0.95 };
  const alpha = emphasis === 'faded' ? 0.06 : inferred ? 0.68 : action ? 0.95 : 0.9;
  return { key, colour: action ? LOOK.actionEdge : LOOK.linkEdge, width: action ? 1.1 : 1.3, dash, alpha };
}

/** The arrowhead's length along its link: SVG's marker is 7 stroke widths across (arrowMarkers.ts). */
export const arrowLength = (width: number) => 7 * width;

/** The fewest screen pixels a detail must span to be worth drawing (a glyph, a pip, an arrowhead). */
export const DETAIL_MIN_PX = { glyph: 5, pips: 4, arrow: 2.5, dash: 2 } as const;
