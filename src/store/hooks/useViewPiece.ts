import { useViewStore, type ViewStore } from '../viewStore';
import { valueOf, type ViewPiece } from '../viewPieces/viewPiece';

/** A registered piece's value in the view on screen (a panel reads its own piece through this). */
export function useViewPiece<T>(piece: ViewPiece<T>): T {
  return useViewStore((s: ViewStore) => valueOf(piece, s));
}
