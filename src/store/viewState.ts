import { NO_FILTER, type Focus, type MatrixAxis, type ViewFilter } from '../analysis';

/** The views a person can switch between; each is a value of the `view` URL parameter. */
export const VIEWS = ['map', 'table', 'leverage', 'gaps'] as const;
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
  /** The evidence-gap matrix's columns: domains or stages. */
  axis: MatrixAxis;
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
  axis: 'domain',
};
