import { COST_BAND_SCALE, COST_FILTER_VALUES, describeCostBand, type CostFilterValue, type ImpactLevel } from '../model';

/**
 * An impact rating in a few words for an accessible name or a table cell, saying which way
 * reoffending moves: "harmful, more people reoffend". The legend gives each rule in full. The
 * map's word for harm or no effect ("harmful", "no effect") is part of each, since a node's name
 * must hold the words it shows (WCAG 2.5.3, label in name).
 */
export const IMPACT_PHRASES: Record<ImpactLevel, string> = {
  harmful: 'harmful, more people reoffend',
  'no-clear-effect': 'no effect, no clear change in reoffending',
  small: 'small, a few fewer people reoffend',
  moderate: 'moderate, fewer people reoffend',
  large: 'large, many fewer people reoffend',
  'not-known': 'not known',
};

/**
 * The words for each value of the cost filter, written once for the filter bar, the legend and
 * the export's description: the band's signs and name; a cost cited only in another currency
 * (known, shown as reported, never converted or banded); or "Cost not known" for no cited cost.
 */
export function costFilterLabel(value: CostFilterValue): string {
  if (value === 'not-known') return 'Cost not known';
  if (value === 'other-currency') return 'Cost not in £ (e.g. US$), not converted';
  return `${COST_BAND_SCALE[value].signs} ${COST_BAND_SCALE[value].label}`;
}

export function costFilterDescription(value: CostFilterValue): string {
  if (value === 'not-known') return 'No source cites a cost per participant: not known, and never estimated.';
  if (value === 'other-currency') return 'A source cites a cost per participant in another currency: known, shown as reported, not converted to pounds and not banded.';
  return describeCostBand(value);
}

export const COST_FILTER_WORDS: ReadonlyArray<{ id: CostFilterValue; label: string; description: string }> = COST_FILTER_VALUES.map((id) => ({
  id,
  label: costFilterLabel(id),
  description: costFilterDescription(id),
}));
