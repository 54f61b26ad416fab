import type { ViewPiece } from './viewPiece';
import { viewNamePiece } from './viewNamePiece';
import { filterPiece } from './filterPiece';
import { queryPiece } from './queryPiece';
import { focusPiece } from './focusPiece';
import { selectPiece } from './selectPiece';
import { loopPiece } from './loopPiece';
import { pathPiece } from './pathPiece';
import { fundPiece } from './fundPiece';
import { axisPiece, fairPiece, gapsInPiece, weighPiece, weightingPiece } from './settingPieces';
import { comparePiece } from './comparePiece';
import { pinsPiece, zoomPiece } from './mapFramePieces';
import { portfolioPiece, portfolioYearPiece } from './portfolioPieces';

/**
 * The view state's pieces, in the order a link writes their parameters (so links read as they
 * always have) and descriptions and announcements list them. A panel's own piece (its folder's
 * `source=`, say) joins through the app's registry, which registers it before the address is read.
 */
const CORE_PIECES: ReadonlyArray<ViewPiece<unknown>> = [
  viewNamePiece,
  filterPiece,
  queryPiece,
  focusPiece,
  selectPiece,
  loopPiece,
  pathPiece,
  fundPiece,
  weightingPiece,
  axisPiece,
  gapsInPiece,
  fairPiece,
  weighPiece,
  comparePiece,
  zoomPiece,
  pinsPiece,
  portfolioPiece,
  portfolioYearPiece,
];

let pieces: ReadonlyArray<ViewPiece<unknown>> = CORE_PIECES;

/** Every piece of the view that lives in the link: the core ones, then those registered. */
export function viewPieces(): ReadonlyArray<ViewPiece<unknown>> {
  return pieces;
}

/** The core pieces alone: the fields of ViewState. */
export function corePieces(): ReadonlyArray<ViewPiece<unknown>> {
  return CORE_PIECES;
}

/**
 * Adds a panel's piece of view state. Registering the same piece again changes nothing; a piece
 * whose field or parameter another already has is refused, since one link cannot mean two things.
 */
export function registerViewPiece<T>(piece: ViewPiece<T>): void {
  const added: ViewPiece<unknown> = piece;
  if (pieces.includes(added)) return;
  const clash = pieces.find((p) => p.field === piece.field || p.params.some((name) => piece.params.includes(name)));
  if (clash) throw new Error(`The view piece "${piece.field}" clashes with "${clash.field}" (a field or address parameter they share).`);
  pieces = [...pieces, added];
}
