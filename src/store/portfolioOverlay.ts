import { create } from 'zustand';

/**
 * What the map draws of a funder's portfolio: the confirmed money reaching each intervention and
 * factor, already in words. A tiny slice of its own, so the map, details panel and exports read it
 * without loading any grants code; the grants view fills it (only while `portfolio=on`).
 */
export interface PortfolioOverlay {
  /** Money per intervention (its share of each tagged grant) and per factor (all money acting on it). */
  amounts: ReadonlyMap<string, number>;
  /** The same amounts as a reader sees them, "£20,000". */
  words: ReadonlyMap<string, string>;
  /** The largest amount on the map: the overlay's marks are sized against it. */
  max: number;
  funders: readonly string[];
  /** First and last award dates counted, as a reader sees them ("1 Apr 2015"), or null with none. */
  from: string | null;
  to: string | null;
  /** The award year counted, or null for all years. */
  year: string | null;
}

/** Set with `usePortfolioOverlay.setState({ overlay })`: one value, no actions worth the first-load bytes. */
export const usePortfolioOverlay = create<{ overlay: PortfolioOverlay | null }>()(() => ({ overlay: null }));

