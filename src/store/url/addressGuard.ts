import { visibleText } from '../../io/visibleText';

/**
 * An over-long address is cut before the rest of the app reads it. A 1.9 MB link held the page
 * for 0.6 to 1.7 s even when nothing in it needed inflating (a bare page with the same address:
 * 0 ms): every reader of the address (the view's parameters, the link written back on each change,
 * the story player) parsed or copied the whole of it, again and again. So, before anything else
 * runs, a parameter longer than any link this map makes is taken out of the address (the history
 * entry is replaced) and named in a notice; what remains is read as usual.
 */

/** Longer than any link this map writes: a story link of a long story is a few tens of kB. */
export const MAX_PARAM_CHARS = 250_000;
/** All parameters together: past this, the longest are taken out until the rest fit. */
const MAX_QUERY_CHARS = 2 * MAX_PARAM_CHARS;

export interface DroppedParam {
  /** The parameter's name as the link has it (cut to 60 characters). */
  name: string;
  chars: number;
}

let dropped: DroppedParam[] = [];

function nameOf(piece: string): string {
  const end = piece.indexOf('=');
  const raw = (end < 0 ? piece : piece.slice(0, end)).slice(0, 60);
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/**
 * Takes over-long parameters out of the page's address, once, before the app reads it; returns
 * what was taken out. A short address (almost every one) costs a length check and nothing more.
 */
export function guardAddress(win: Pick<Window, 'location' | 'history'> = window): DroppedParam[] {
  const search = win.location.search;
  if (search.length <= MAX_PARAM_CHARS) return (dropped = []);
  const pieces = search.slice(1).split('&');
  const keep = pieces.map((piece) => piece.length <= MAX_PARAM_CHARS);
  let total = pieces.reduce((sum, piece, i) => sum + (keep[i] ? piece.length + 1 : 0), 0);
  const longestFirst = pieces.map((_, i) => i).sort((a, b) => pieces[b]!.length - pieces[a]!.length);
  for (const i of longestFirst) {
    if (total <= MAX_QUERY_CHARS) break;
    if (!keep[i]) continue;
    keep[i] = false;
    total -= pieces[i]!.length + 1;
  }
  dropped = pieces.flatMap((piece, i) => (keep[i] ? [] : [{ name: nameOf(piece), chars: piece.length }]));
  const kept = pieces.filter((_, i) => keep[i]).join('&');
  win.history.replaceState(win.history.state, '', `${win.location.pathname}${kept ? `?${kept}` : ''}${win.location.hash}`);
  return dropped;
}

/** What guardAddress took out of this page's address. */
export const droppedFromAddress = (): readonly DroppedParam[] => dropped;

/** The one sentence for a parameter taken out: what, how long, the limit. */
export function droppedParamMessage({ name, chars }: DroppedParam): string {
  return `the link’s “${visibleText(name)}” part is ${chars.toLocaleString('en-GB')} characters long, longer than any link this map makes (at most ${MAX_PARAM_CHARS.toLocaleString('en-GB')} for one part), so it was left out; the link may be damaged, or made to freeze the page`;
}
