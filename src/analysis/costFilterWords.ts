import { COST_BAND_SCALE, COST_FILTER_VALUES, describeCostBand, type CostFilterValue } from '../model';

/**
 * The words for each value of the cost filter, written once for the filter bar, the legend and
 * the export's description: the band's signs and name, or "Cost not known" for no cited cost in
 * pounds (a cost reported in another currency is shown as reported, never converted or banded).
 */
export function costFilterLabel(value: CostFilterValue): string {
  return value === 'not-known' ? 'Cost not known' : `${COST_BAND_SCALE[value].signs} ${COST_BAND_SCALE[value].label}`;
}

export function costFilterDescription(value: CostFilterValue): string {
  return value === 'not-known'
    ? 'No source cites a cost per participant in pounds: not known, and never estimated.'
    : describeCostBand(value);
}

export const COST_FILTER_WORDS: ReadonlyArray<{ id: CostFilterValue; label: string; description: string }> = COST_FILTER_VALUES.map((id) => ({
  id,
  label: costFilterLabel(id),
  description: costFilterDescription(id),
}));
