import type { Dataset } from '../../model';
import type { ViewState } from '../viewState';

/** What a piece's checks against the dataset see: the whole view read so far, and where to say what was dropped. */
export interface SanitiseContext {
  dataset: Dataset;
  state: ViewState;
  notices: string[];
}

/**
 * One piece of the view that lives in the link (the what-if's `fund`, the map's `z`, a panel's
 * `source`): its field in the view state, its default, how it is written to and read from the
 * address, how a link's value is checked against the dataset, how an export or story says it in
 * words, and what a screen reader hears when it changes. The store, the address, exports'
 * descriptions and the live region loop over the registered pieces (registry.ts), so a new piece
 * is one module and one registry line.
 *
 * Written with method syntax so a piece of any value type fits a list of pieces.
 */
export interface ViewPiece<T> {
  /** Its field in the view state. */
  readonly field: string;
  /** The address parameters it owns, in the order they are written. */
  readonly params: readonly string[];
  /** Its value when the link says nothing: such a value is left out of the link, so links stay short. */
  readonly initial: T;
  /** Reads it from a link, pushing one plain sentence per value it cannot use. */
  read(params: URLSearchParams, notices: string[]): T;
  /** Writes it into a link (nothing when it is the default). */
  write(value: T, params: URLSearchParams): void;
  /** Drops what the link names but this dataset does not have, saying so. */
  sanitise?(value: T, context: SanitiseContext): T;
  /** Its check searches the dataset (the loops): run after the cheap ones. */
  readonly sanitiseLast?: boolean;
  /**
   * The view in words, for what an export prints under its title and a story shows: `scope` lines
   * say what is shown (before the count of what is on the map), `stress` lines what is stressed,
   * `selected` what is selected (last).
   */
  describe?(value: T, dataset: Dataset, state: ViewState): { scope?: string[]; stress?: string[]; selected?: string[] };
  /** What a screen reader should hear when a person changes it (nothing for a change it need not hear). */
  announce?(before: T, after: T, context: { dataset: Dataset; before: ViewState; after: ViewState }): string[];
}

/** A piece of the core view state: its field is one of ViewState's and its value that field's type. */
export type CorePiece<K extends keyof ViewState> = ViewPiece<ViewState[K]> & { readonly field: K };

/** A piece's value in a view (its default where the view predates it). */
export function valueOf<T>(piece: ViewPiece<T>, state: object): T {
  const value = (state as Record<string, unknown>)[piece.field];
  return value === undefined ? piece.initial : (value as T);
}
