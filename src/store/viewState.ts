import type { MapZoom, Pin } from './url/mapFrame';
import type { Focus, MatrixAxis, ViewFilter, WhatIfWeighting } from '../analysis';
import type { LeverageWeighting } from '../model';
import type { ViewName } from './viewNames';
import { corePieces } from './viewPieces/registry';

export { VIEWS, type ViewName } from './viewNames';
export { MAX_COMPARED } from './viewPieces/comparePiece';

/**
 * Everything a person would want to share about what they are looking at: it all lives in the URL.
 * Each field is one piece's (viewPieces/, one module each: key, default, reading and writing,
 * sanitising, describing, announcing). A view may carry a registered panel's piece beside these
 * (its `source`, say), read and written through that piece.
 */
export interface ViewState {
  view: ViewName;
  filter: ViewFilter;
  query: string;
  focus: Focus | null;
  selectedId: string | null;
  /** The feedback loop highlighted on the map (the dataset's loop id, or its members joined by "~"). */
  loopId: string | null;
  /** The causal paths shown, from one factor to another. */
  path: { from: string; to: string } | null;
  /** Interventions "funded" in the what-if. */
  fund: string[];
  /** Whether the what-if weighs each push by its evidence, or shows the map's structure alone. */
  weighting: WhatIfWeighting;
  /** The evidence-gap matrix's columns: domains or stages. */
  axis: MatrixAxis;
  /** The named evidence gaps listed: those concerning this domain or stage (by `axis`), or all. */
  gapsIn: string | null;
  /** Leverage leaves out reach that comes only from acting on the outcome itself. */
  fairLeverage: boolean;
  /** Leverage weighs reach by evidence alone, or by evidence and impact (`weigh=impact`). */
  leverageWeighting: LeverageWeighting;
  /** Interventions compared side by side (up to MAX_COMPARED). */
  compare: string[];
  /** Where the person zoomed and panned the map; null is the map's own fit. */
  zoom: MapZoom | null;
  /** Nodes the person dragged and dropped, where they dropped them. */
  pins: Pin[];
  /** The funder's grants drawn on the map (`portfolio=on`): the setting only, never the grants. */
  portfolio: boolean;
  /** The overlay's money from grants awarded in this year (four digits), or over all years. */
  portfolioYear: string | null;
}

/** The view a link that says nothing opens: each piece's default. */
export const DEFAULT_VIEW_STATE: ViewState = Object.fromEntries(corePieces().map((piece) => [piece.field, piece.initial])) as unknown as ViewState;
