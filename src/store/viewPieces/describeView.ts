import type { Dataset } from '../../model';
import type { Visibility } from '../../analysis';
import { shownLine } from '../../io/export/describeView';
import { DEFAULT_VIEW_STATE, type ViewState } from '../viewState';
import { viewPieces } from './registry';
import { valueOf } from './viewPiece';

/** A view to describe: any fields left out are their defaults. */
export type DescribedView = Partial<ViewState>;

/**
 * The view in words, one sentence a line, for what an export prints under its title: so an image
 * of a filtered view says it is filtered, and never claims more than it shows. What is shown (each
 * piece's scope), then how much of the map that is, then what is stressed, and last what is selected.
 */
export function describeView(dataset: Dataset, view: DescribedView, visibility: Visibility): string[] {
  const state = { ...DEFAULT_VIEW_STATE, ...view };
  const said = viewPieces().map((piece) => piece.describe?.(valueOf(piece, state), dataset, state) ?? {});
  const section = (name: 'scope' | 'stress' | 'selected') => said.flatMap((lines) => lines[name] ?? []);
  return [...section('scope'), shownLine(dataset, visibility), ...section('stress'), ...section('selected')];
}
