import type { CorePiece } from './viewPiece';
import { oneOf } from './readParams';
import { patternPiece } from './pieceShapes';

const YEAR = /^\d{4}$/;

/** `portfolio=on`: the funder's grants drawn on the map (once loaded). Only the setting: the grants never go into a link. */
export const portfolioPiece: CorePiece<'portfolio'> = {
  field: 'portfolio',
  params: ['portfolio'],
  initial: false,
  write: (on, params) => void (on && params.set('portfolio', 'on')),
  read: (params, notices) => oneOf(params.get('portfolio'), ['on', 'off'], 'portfolio', notices) === 'on',
};

/** `portfolioyear=`: the overlay's money from grants awarded in this year (four digits), or over all years. */
export const portfolioYearPiece: CorePiece<'portfolioYear'> = patternPiece('portfolioYear', 'portfolioyear', YEAR, 'expected a year');
