import type { ViewState } from '../viewState';
import { viewPieces } from '../viewPieces/registry';
import { valueOf } from '../viewPieces/viewPiece';

/**
 * The view state as URL parameters and back, piece by piece (viewPieces/registry.ts; README,
 * "Linking to a view", lists the parameters). `data` is the dataset's address and is kept as it is
 * by the URL sync. Defaults are left out, so links stay short.
 */
export function viewParamNames(): string[] {
  return viewPieces().flatMap((piece) => piece.params);
}

export function toParams(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  for (const piece of viewPieces()) piece.write(valueOf(piece, state), params);
  return params;
}

export interface ParsedView {
  state: ViewState;
  /** One plain sentence per value that was ignored, for the notice on the page. */
  notices: string[];
}

/** Reads the view from URL parameters, ignoring (with a notice) any value it cannot use. */
export function fromParams(params: URLSearchParams): ParsedView {
  const notices: string[] = [];
  const state = Object.fromEntries(viewPieces().map((piece) => [piece.field, piece.read(params, notices)]));
  return { state: state as unknown as ViewState, notices };
}
