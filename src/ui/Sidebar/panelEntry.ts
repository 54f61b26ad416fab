import { lazy, type ComponentType } from 'react';
import type { Dataset } from '../../model';
import type { ViewPiece, ViewState } from '../../store';

/** What a view or a sidebar tab shows: given the dataset on screen. */
export type DatasetPanel = ComponentType<{ dataset: Dataset }>;

/**
 * One view (in the view switch) or sidebar tab, as the app's registry (src/app/registry.tsx) lists
 * it: a new panel is its own folder exporting one of these, and one line there.
 */
export interface PanelEntry {
  id: string;
  /** Its name on the switch or tab. */
  label: string;
  /** What is loading while its code arrives ("Loading {what}…", said politely). */
  what: string;
  /**
   * Its component: for what the first paint shows (the map, the legend), already there; for the
   * rest, loaded when first shown (`lazyPanel`), in its own chunk, so the first load carries none of it.
   */
  show: { component: DatasetPanel; load?: () => Promise<DatasetPanel>; prefetch?: boolean };
  /** Whether a view opening from a link needs this tab first (default: its own piece is not at its default). */
  opens?(state: ViewState): boolean;
  /** Its own piece of the view that lives in the link (`source=`), registered with the store. */
  state?: ViewPiece<unknown>;
}

/**
 * A panel whose code loads when first shown (its own chunk), and which the idle prefetch fetches
 * early unless told not to (the grants view's readers are big: they load only when asked for).
 */
export function lazyPanel(load: () => Promise<DatasetPanel>, { prefetch = true } = {}): PanelEntry['show'] {
  return { component: lazy(async () => ({ default: await load() })), load, prefetch };
}

/** Picks a panel's named export out of its module (they keep named exports; lazy loading wants one). */
export const pick =
  <K extends string>(name: K) =>
  (module: Record<K, DatasetPanel>): DatasetPanel =>
    module[name];
