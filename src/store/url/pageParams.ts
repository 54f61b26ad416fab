/**
 * The page address's parameters, parsed once per address, and the named questions the app asks of
 * it: the one place outside the URL sync that reads the address. Components read them while
 * rendering (`embed`, `data`, `story`), and a story link can carry a megabyte of query: parsed on
 * every render, that took 300 ms of the page's thread while a refused link was shown.
 */
let cached: { search: string; params: URLSearchParams } | null = null;

export function pageParams(win: Pick<Window, 'location'> = window): URLSearchParams {
  const search = win.location.search;
  if (cached?.search !== search) cached = { search, params: new URLSearchParams(search) };
  return cached.params;
}

/** The page's own address: the base a relative dataset or story address is read against. */
export const pageAddress = (): string => window.location.href;

/** `data=`: the address of the dataset to open (none: the bundled one). */
export const datasetParam = (): string | null => pageParams().get('data');

/** `embed=1`: the compact explorer another site shows in an iframe. */
export const embedRequested = (): boolean => pageParams().get('embed') === '1';

/** `story=`: a story to play as the map opens. */
export const storyParam = (): string | null => pageParams().get('story');

/** `renderer=`: a forced map renderer (svg or canvas), for testing and measuring. */
export const rendererParam = (): string | null => pageParams().get('renderer');

/** `grants=`: the address of a funder's grants file to open in the grants view. */
export const grantsParam = (): string | null => pageParams().get('grants');

/** This page's address with one parameter set, or taken out (null): a story's link, the full map an embed leads to. */
export function pageAddressWith(name: string, value: string | null): string {
  const url = new URL(window.location.href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  return url.href;
}
