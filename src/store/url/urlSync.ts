import { useViewStore, viewStateOf } from '../viewStore';
import type { Dataset } from '../../model';
import type { ViewState } from '../viewState';
import { fromParams, toParams, viewParamNames } from './viewParams';
import { sanitiseView } from './sanitiseView';

/** The address for a view: its parameters, plus any others (such as `data`) kept as they were. */
export function urlFor(state: ViewState, current: URL): string {
  const params = new URLSearchParams(current.search);
  for (const name of viewParamNames()) params.delete(name);
  for (const [name, value] of toParams(state)) params.set(name, value);
  const query = params.toString();
  return `${current.pathname}${query ? `?${query}` : ''}${current.hash}`;
}

/** How often, at most, typing or zooming rewrites the address. */
export const REPLACE_EVERY_MS = 250;

/**
 * Only the search text or the zoom changed: typing, scrolling and panning replace the history entry
 * instead of adding one per key or per wheel turn, so Back still undoes the last real change.
 */
function onlyQueryOrZoomChanged(a: ViewState, b: ViewState): boolean {
  const rest = (s: ViewState) => urlFor({ ...s, query: '', zoom: null }, new URL('http://x/'));
  return (a.query !== b.query || a.zoom !== b.zoom) && rest(a) === rest(b);
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

  // Replacements (typing, zooming) are written at most every REPLACE_EVERY_MS: browsers throttle
  // history calls made faster, and a keystroke should not wait on the address bar.
  let pendingReplace: string | null = null;
  let replaceTimer: ReturnType<typeof setTimeout> | null = null;
  const flushReplace = () => {
    if (replaceTimer !== null) clearTimeout(replaceTimer);
    replaceTimer = null;
    if (pendingReplace !== null) win.history.replaceState(win.history.state, '', pendingReplace);
    pendingReplace = null;
  };
  const replaceSoon = (url: string) => {
    pendingReplace = url;
    replaceTimer ??= setTimeout(flushReplace, REPLACE_EVERY_MS);
  };

  // The address last built, for the state and page address it was built from: a filter change builds one address, not two.
  let written: { state: unknown; href: string; url: string } | null = null;
  const unsubscribe = store.subscribe((next, previous) => {
    if (restoring) return;
    const a = viewStateOf(previous);
    const b = viewStateOf(next);
    // Hover and notices change often and are not in the address: only build URLs when a shared part changed.
    if ((Object.keys(b) as Array<keyof ViewState>).every((key) => a[key] === b[key])) return;
    const here = new URL(win.location.href);
    const url = urlFor(b, here);
    // The last change's address is the previous state's, unless the page's address moved since.
    const before = written?.state === previous && written.href === here.href ? written.url : urlFor(a, here);
    if (url === before) return;
    if (onlyQueryOrZoomChanged(a, b)) replaceSoon(url);
    else {
      flushReplace();
      win.history.pushState(null, '', url);
    }
    written = { state: next, href: win.location.href, url };
  });
  const onPopState = () => {
    // Back or Forward moved to another entry: a replacement still waiting belongs to the one left.
    if (replaceTimer !== null) clearTimeout(replaceTimer);
    replaceTimer = null;
    pendingReplace = null;
    readAddress();
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    flushReplace();
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
    store.getState().forgetAddress();
  };
}
