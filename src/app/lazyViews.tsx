import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { Dataset } from '../model';

/**
 * The views and panels a first visit does not show load when opened (each its own chunk), so the
 * first load carries only the map, its filters and the sidebar's tabs (a shared link can open
 * straight onto Loops, Paths or What if, which must then show at once, not a placeholder).
 * React.lazy wants a default export; these modules keep their named ones, so each loader picks
 * its component out.
 */
type DatasetView = ComponentType<{ dataset: Dataset }>;

const loaders: Array<() => Promise<unknown>> = [];

const named = <K extends string, P>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) => {
  loaders.push(load);
  return lazy(async () => ({ default: (await load())[name] }));
};

export const TableView: DatasetView = named(() => import('../ui/Table/TableView'), 'TableView');
export const LeverageView: DatasetView = named(() => import('../ui/Leverage/LeverageView'), 'LeverageView');
export const GapMatrixView: DatasetView = named(() => import('../ui/GapMatrix/GapMatrixView'), 'GapMatrixView');
export const CompareView: DatasetView = named(() => import('../ui/Compare/CompareView'), 'CompareView');
export const ImpactCostView: DatasetView = named(() => import('../ui/ImpactCost/ImpactCostView'), 'ImpactCostView');
export const StoriesPanel: ComponentType<{ dataset: Dataset; exampleStory: string | null }> = named(
  () => import('../ui/Stories/StoriesPanel'),
  'StoriesPanel',
);
/** Only a link with `embed=1` shows the compact explorer. */
export const EmbedExplorer: DatasetView = named(() => import('./EmbedExplorer'), 'EmbedExplorer');

/**
 * Once the map is on screen and the page is idle, fetch the views' code too, so opening one later
 * does not wait for the network. The first paint never waits for any of it.
 */
export function prefetchViews(): () => void {
  const start = () => {
    for (const load of loaders) void load().catch(() => undefined);
  };
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(start, { timeout: 5_000 });
    return () => window.cancelIdleCallback(id);
  }
  const timer = window.setTimeout(start, 2_000);
  return () => window.clearTimeout(timer);
}

/** While a view's code arrives: a polite status in its place, so a screen reader hears why it is empty. */
export function Loading({ what, children }: { what: string; children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <p className="view-loading" role="status">
          Loading {what}…
        </p>
      }
    >
      {children}
    </Suspense>
  );
}
