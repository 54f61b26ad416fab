import { useSyncExternalStore } from 'react';

/** The phone layout's breakpoint, as the style sheets write it. */
const NARROW = '(max-width: 760px)';

const query = () => (typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(NARROW) : null);

function subscribe(changed: () => void): () => void {
  const list = query();
  list?.addEventListener('change', changed);
  return () => list?.removeEventListener('change', changed);
}

/** Whether the screen is a phone's (760 px wide or narrower), following the window as it changes. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, () => query()?.matches ?? false, () => false);
}
