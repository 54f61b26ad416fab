import { NO_FILTER, type Focus, type ViewFilter } from '../analysis';

/** The views a person can switch between; each is a value of the `view` URL parameter. */
export const VIEWS = ['map', 'table'] as const;
export type ViewName = (typeof VIEWS)[number];

/** Everything a person would want to share about what they are looking at: it all lives in the URL. */
export interface ViewState {
  view: ViewName;
  filter: ViewFilter;
  query: string;
  focus: Focus | null;
  selectedId: string | null;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'map',
  filter: NO_FILTER,
  query: '',
  focus: null,
  selectedId: null,
};
