import type { CorePiece } from './viewPiece';
import { oneOf, shown } from './readParams';

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
export const portfolioYearPiece: CorePiece<'portfolioYear'> = {
  field: 'portfolioYear',
  params: ['portfolioyear'],
  initial: null,
  write: (year, params) => void (year && params.set('portfolioyear', year)),
  read(params, notices) {
    const value = params.get('portfolioyear');
    if (value && !YEAR.test(value)) notices.push(`Ignored portfolioyear=${shown(value)}: expected a year.`);
    return value && YEAR.test(value) ? value : null;
  },
};
