import { useViewStore, viewStateOf } from '../viewStore';
import type { Dataset } from '../../model';
import type { ViewState } from '../viewState';
import { VIEW_PARAMS, fromParams, toParams } from './viewParams';
import { sanitiseView } from './sanitiseView';

/** The address for a view: its parameters, plus any others (such as `data`) kept as they were. */
export function urlFor(state: ViewState, current: URL): string {
  const params = new URLSearchParams(current.search);
  for (const name of VIEW_PARAMS) params.delete(name);
  for (const [name, value] of toParams(state)) params.set(name, value);
  const query = params.toString();
  return `${current.pathname}${query ? `?${query}` : ''}${current.hash}`;
}

/** Only the search text changed: typing replaces the history entry instead of adding one per key. */
function onlyQueryChanged(a: ViewState, b: ViewState): boolean {
  return a.query !== b.query && urlFor({ ...a, query: '' }, new URL('http://x/')) === urlFor({ ...b, query: '' }, new URL('http://x/'));
}

/**
 * Keeps the URL and the view in step: reads the view from the address once the dataset is known,
 * writes every change back (pushing a history entry for discrete changes, so Back undoes a
 * filter), and restores the view on Back and Forward. Returns a function that stops it.
 */
export function startUrlSync(dataset: Dataset, win: Window = window): () => void {
  const store = useViewStore;
  let restoring = false;
  const readAddress = () => {
    const parsed = sanitiseView(fromParams(new URLSearchParams(win.location.search)), dataset);
    restoring = true;
    store.getState().restore(parsed.state, parsed.notices);
    restoring = false;
  };
  // The address is left as it was given until the person changes the view, so reading it again
  // (a remount, or Back to it) gives the same notices; the next change writes a clean address.
  readAddress();

  const unsubscribe = store.subscribe((next, previous) => {
    if (restoring) return;
    const a = viewStateOf(previous);
    const b = viewStateOf(next);
    // Hover and notices change often and are not in the address: only build URLs when a shared part changed.
    if ((Object.keys(b) as Array<keyof ViewState>).every((key) => a[key] === b[key])) return;
    const url = urlFor(b, new URL(win.location.href));
    if (url === urlFor(a, new URL(win.location.href))) return;
    if (onlyQueryChanged(a, b)) win.history.replaceState(win.history.state, '', url);
    else win.history.pushState(null, '', url);
  });
  const onPopState = () => readAddress();
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
    store.getState().forgetAddress();
  };
}
