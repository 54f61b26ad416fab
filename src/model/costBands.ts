import { formatMoney } from './money';

/**
 * Cost bands per participant, in pounds, written once (the README's "Cost" section repeats them).
 * A band reads a cost in pounds only: a cost reported in another currency is shown as reported and
 * not banded, since converting it would need an exchange rate and price year nobody cited.
 */
export const COST_BANDS = ['very-low', 'low', 'moderate', 'high', 'very-high'] as const;

export type CostBand = (typeof COST_BANDS)[number];

export interface CostBandInfo {
  /** The pound signs a funder reads (£ to £££££). */
  signs: string;
  label: string;
  /** Lowest cost per participant in the band, in pounds (inclusive). */
  from: number;
}

export const COST_BAND_SCALE: Record<CostBand, CostBandInfo> = {
  'very-low': { signs: '£', label: 'Very low cost', from: 0 },
  low: { signs: '££', label: 'Low cost', from: 500 },
  moderate: { signs: '£££', label: 'Moderate cost', from: 2_000 },
  high: { signs: '££££', label: 'High cost', from: 5_000 },
  'very-high': { signs: '£££££', label: 'Very high cost', from: 10_000 },
};

/**
 * The filter, the link and the impact-and-cost picture also take "other-currency" for a cost cited
 * only in another currency (known, but not converted or banded in pounds) and "not-known" for no
 * cited cost at all: a cost in dollars is not an unknown cost.
 */
export const COST_FILTER_VALUES = [...COST_BANDS, 'other-currency', 'not-known'] as const;
export type CostFilterValue = (typeof COST_FILTER_VALUES)[number];

/** The band a cost per participant in pounds falls in. */
export function costBandFor(pounds: number): CostBand {
  let band: CostBand = 'very-low';
  for (const candidate of COST_BANDS) if (pounds >= COST_BAND_SCALE[candidate].from) band = candidate;
  return band;
}

/** "£500 to £1,999 per participant", for the legend and README. */
export function describeCostBand(band: CostBand): string {
  const index = COST_BANDS.indexOf(band);
  const next = COST_BANDS[index + 1];
  const from = COST_BAND_SCALE[band].from;
  const pounds = (n: number) => formatMoney(n, 'GBP');
  if (!next) return `${pounds(from)} or more per participant`;
  const to = COST_BAND_SCALE[next].from - 1;
  return from === 0 ? `under ${pounds(to + 1)} per participant` : `${pounds(from)} to ${pounds(to)} per participant`;
}
