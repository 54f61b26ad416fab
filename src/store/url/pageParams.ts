/**
 * The page address's parameters, parsed once per address. Components read them while rendering
 * (`embed`, `data`, `story`), and a story link can carry a megabyte of query: parsed on every
 * render, that took 300 ms of the page's thread while a refused link was shown.
 */
let cached: { search: string; params: URLSearchParams } | null = null;

export function pageParams(win: Pick<Window, 'location'> = window): URLSearchParams {
  const search = win.location.search;
  if (cached?.search !== search) cached = { search, params: new URLSearchParams(search) };
  return cached.params;
}
