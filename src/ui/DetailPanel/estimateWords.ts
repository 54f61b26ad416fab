import { plural, EFFECT_MEASURE_INFO, POPULATION_AGE_LABELS, POPULATION_PLACE_LABELS, type Estimate } from '../../model';

/**
 * A structured estimate as lines a funder can check against the source: what was measured and
 * its value, the two groups' rates, the interval, follow-up, sample, population and outcome.
 * Only what the source gives is said; nothing is filled in.
 */
export function estimateFacts(estimate: Estimate): Array<{ term: string; value: string }> {
  const info = EFFECT_MEASURE_INFO[estimate.measure];
  const unit = info.unit === '%' ? '%' : info.unit ? ` ${info.unit}` : '';
  const facts = [{ term: info.label, value: `${signed(estimate.value, info.noEffect)}${unit}` }];
  if (estimate.rates) {
    facts.push({ term: 'Who reoffended', value: `${estimate.rates.intervention}% of those who took part against ${estimate.rates.comparison}% of the comparison group` });
  }
  if (estimate.interval) {
    facts.push({ term: `${estimate.interval.level ?? 95}% interval`, value: `${signed(estimate.interval.low, info.noEffect)} to ${signed(estimate.interval.high, info.noEffect)}${unit}` });
  }
  if (estimate.followUpMonths !== undefined) facts.push({ term: 'Follow-up', value: `${estimate.followUpMonths} months` });
  const sample = [
    estimate.sampleSize !== undefined ? `${estimate.sampleSize.toLocaleString('en-GB')} people` : '',
    estimate.studies !== undefined ? plural(estimate.studies, 'study', 'studies') : '',
  ].filter(Boolean);
  if (sample.length) facts.push({ term: 'Sample', value: sample.join(' in ') });
  const { age, place, note } = estimate.population;
  facts.push({ term: 'Population', value: `${POPULATION_AGE_LABELS[age]}, ${POPULATION_PLACE_LABELS[place]}${note ? ` (${note})` : ''}` });
  facts.push({ term: 'Outcome', value: estimate.outcome });
  facts.push({ term: 'As reported', value: estimate.reported });
  return facts;
}

/** A difference with its sign written out (−8.4, +2); a ratio as it is. */
function signed(value: number, noEffect: 0 | 1): string {
  if (noEffect === 1) return String(value);
  return value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : '0';
}
