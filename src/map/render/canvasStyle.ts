import type { MapEdge } from '../../analysis';

/**
 * The map's look on canvas, the same as the stylesheet gives the SVG map (src/app/styles.css,
 * "The map"): widths and dashes are in layout units, so they scale with the zoom as SVG's do.
 */
export const LOOK = {
  background: '#fcfcfb',
  stageEven: '#f2f2ef',
  stageOdd: '#fbfbf9',
  lane: 'rgba(238, 243, 249, 0.85)',
  laneText: '#3a4f66',
  linkEdge: '#4d4d4d',
  actionEdge: '#2c6fb7',
  intendedEdge: '#707070',
  harm: '#a50021',
  traced: '#b3005e',
  focus: '#0b57d0',
  ink: '#1b1b1b',
  dimmedInk: '#6b6b6b',
  outcomeInk: '#6e1332',
  outcomeRing: '#8c1d40',
  outcomeRingFill: '#fff1f4',
  rising: '#0072b2',
  falling: '#d55e00',
  risingInk: '#005a8c',
  fallingInk: '#a33f00',
  halo: 'rgba(255, 255, 255, 0.92)',
} as const;

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
    const dash = inferred ? (negative ? [8, 4, 2, 4] : [2, 3]) : negative ? [8, 4] : [];
    return { key, colour: LOOK.traced, width: 3, dash, alpha: inferred ? 0.6 : 1 };
  }
  const dash = intended ? [4, 2, 1, 2] : inferred ? (negative ? [6, 3, 1.5, 3] : [1.5, 2.5]) : negative ? [6, 4] : [];
  if (emphasis === 'selected') return { key, colour: LOOK.focus, width: 3, dash, alpha: 1 };
  if (intended) return { key, colour: LOOK.intendedEdge, width: 1.1, dash, alpha: emphasis === 'faded' ? 0.06 : 0.95 };
  const alpha = emphasis === 'faded' ? 0.06 : inferred ? 0.68 : action ? 0.95 : 0.9;
  return { key, colour: action ? LOOK.actionEdge : LOOK.linkEdge, width: action ? 1.1 : 1.3, dash, alpha };
}

/** The arrowhead's length along its link: SVG's marker is 7 stroke widths across (arrowMarkers.ts). */
export const arrowLength = (width: number) => 7 * width;

/** The fewest screen pixels a detail must span to be worth drawing (a glyph, a pip, an arrowhead). */
export const DETAIL_MIN_PX = { glyph: 5, pips: 4, arrow: 2.5, dash: 2 } as const;
