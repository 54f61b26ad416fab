import type { MapZoom, Pin } from './url/mapFrame';
import { NO_FILTER, type Focus, type MatrixAxis, type ViewFilter, type WhatIfWeighting } from '../analysis';
import type { LeverageWeighting } from '../model';

/** The views a person can switch between; each is a value of the `view` URL parameter. */
export const VIEWS = ['map', 'table', 'leverage', 'compare', 'gaps', 'impact', 'grants'] as const;

/** At most this many interventions side by side: more would not fit a phone or a mind. */
export const MAX_COMPARED = 4;
export type ViewName = (typeof VIEWS)[number];

/** Everything a person would want to share about what they are looking at: it all lives in the URL. */
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

export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'map',
  filter: NO_FILTER,
  query: '',
  focus: null,
  selectedId: null,
  loopId: null,
  path: null,
  fund: [],
  weighting: 'evidence',
  axis: 'domain',
  gapsIn: null,
  fairLeverage: true,
  leverageWeighting: 'evidence',
  compare: [],
  zoom: null,
  pins: [],
  portfolio: false,
  portfolioYear: null,
};
