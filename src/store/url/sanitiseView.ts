import type { Dataset } from '../../model';
import type { ParsedView } from './viewParams';
import type { ViewState } from '../viewState';
import { viewPieces } from '../viewPieces/registry';
import { valueOf } from '../viewPieces/viewPiece';

/**
 * Drops what a link names but this dataset does not have (a type, a domain, a node), saying so:
 * each piece checks its own value, the costly checks (a loop's search) last.
 */
export function sanitiseView({ state, notices }: ParsedView, dataset: Dataset): ParsedView {
  const context = { dataset, state, notices: [...notices] };
  const ordered = [...viewPieces()].sort((a, b) => Number(a.sanitiseLast ?? false) - Number(b.sanitiseLast ?? false));
  const sanitised: Record<string, unknown> = { ...state };
  for (const piece of ordered) {
    if (piece.sanitise) sanitised[piece.field] = piece.sanitise(valueOf(piece, state), context);
  }
  return { state: sanitised as unknown as ViewState, notices: context.notices };
}
