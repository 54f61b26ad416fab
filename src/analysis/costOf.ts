import { COST_BAND_SCALE, costBandFor, formatMoney, type Cost, type CostBand, type Intervention } from '../model';

/** Costs are written by the model's one money formatter; the UI has long imported it from here. */
export { formatMoney };

/** An intervention's cost per participant as the UI reads it: a band where it is in pounds. */
export interface CostReading {
  cost?: Cost;
  /** The band, for a cost in pounds; undefined when not known or in another currency. */
  band?: CostBand;
  /** "£1,200 per participant (2019 prices)", or "Not known". */
  text: string;
}

export function costRange(cost: Cost): string {
  const { low, high } = cost.perParticipant;
  return low === high ? formatMoney(low, cost.currency) : `${formatMoney(low, cost.currency)} to ${formatMoney(high, cost.currency)}`;
}

/** "2019 prices", or "price year not stated" where the source does not say (never the publication year). */
export function priceYearWords(cost: Pick<Cost, 'priceYear'>): string {
  return cost.priceYear === undefined ? 'price year not stated' : `${cost.priceYear} prices`;
}

export function costOf(intervention: Intervention): CostReading {
  const cost = intervention.cost;
  if (!cost) return { text: 'Not known' };
  const mid = (cost.perParticipant.low + cost.perParticipant.high) / 2;
  const band = cost.currency === 'GBP' ? costBandFor(mid) : undefined;
  const signs = band ? `${COST_BAND_SCALE[band].signs} ` : '';
  return { cost, band, text: `${signs}${costRange(cost)} per participant (${priceYearWords(cost)})` };
}

/** Unknown costs (and costs in another currency) sort after every known one; a finite number keeps comparisons consistent. */
export const UNKNOWN_COST_ORDER = Number.MAX_SAFE_INTEGER;

/** The order tables sort cost by: the midpoint in pounds, unknown or foreign last. */
export function costSortValue(intervention: Intervention | undefined): number {
  const cost = intervention?.cost;
  return cost?.currency === 'GBP' ? (cost.perParticipant.low + cost.perParticipant.high) / 2 : UNKNOWN_COST_ORDER;
}
