import type { Dataset } from '../../model';
import type { ViewState } from '../viewState';
import { viewPieces } from './registry';
import { valueOf } from './viewPiece';

/**
 * The sentences a screen reader should hear when the view changes under a person's hands, each
 * piece saying its own change (what was selected, what the what-if now funds, which loop or path
 * is traced), in the registry's order.
 */
export function announceChange(before: ViewState, after: ViewState, dataset: Dataset): string[] {
  const context = { dataset, before, after };
  return viewPieces().flatMap((piece) => piece.announce?.(valueOf(piece, before), valueOf(piece, after), context) ?? []);
}
