import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { Dataset } from '../model';

/**
 * What a first visit does not show loads when needed (each its own chunk), so the first load
 * carries only the map, its filters and the sidebar's legend: the details panel and the embed here,
 * the views and tabs through their registry (registry.tsx), whose link straight onto one shows
 * "Loading…" for the moment its chunk takes. React.lazy wants a default export; these modules keep
 * their named ones, so each loader picks its component out.
 */
type DatasetView = ComponentType<{ dataset: Dataset }>;

const loaders: Array<() => Promise<unknown>> = [];

const named = <K extends string, P>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) => {
  loaders.push(load);
  return lazy(async () => ({ default: (await load())[name] }));
};

/** The details load when something is first selected (then from the prefetch, at once). */
export const DetailPanel: DatasetView = named(() => import('../ui/DetailPanel/DetailPanel'), 'DetailPanel');
/** Only a link with `embed=1` shows the compact explorer. */
export const EmbedExplorer: DatasetView = named(() => import('./EmbedExplorer'), 'EmbedExplorer');

/** How long after the explorer opens the views' code starts to arrive: past the map's first moments, when a first filter change is likeliest. */
const PREFETCH_AFTER_MS = 1_500;

/**
 * Once the map is on screen and the page is idle, fetch the views' code too, one chunk at a time,
 * each in its own idle moment, so opening one later does not wait for the network. Fetched all at
 * once, their evaluation took a 20 ms task, which a filter change made then waited behind. The
 * first paint never waits for any of it.
 */
export function prefetchViews(more: ReadonlyArray<() => Promise<unknown>>): () => void {
  const queue = [...more, ...loaders];
  let stopped = false;
  let cancelIdle = () => {};
  const next = () => {
    const load = queue.shift();
    if (stopped || !load) return;
    void load()
      .catch(() => undefined)
      .finally(whenIdle);
  };
  const whenIdle = () => {
    if (stopped) return;
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(next, { timeout: 5_000 });
      cancelIdle = () => window.cancelIdleCallback(id);
    } else {
      const id = window.setTimeout(next, 50);
      cancelIdle = () => window.clearTimeout(id);
    }
  };
  const timer = window.setTimeout(whenIdle, PREFETCH_AFTER_MS);
  return () => {
    stopped = true;
    window.clearTimeout(timer);
    cancelIdle();
  };
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
