/**
 * The measures a research finding's effect on reoffending can be reported in, and the one sign
 * convention the dataset stores them under, whatever way round the source wrote them:
 * - differences (percentage points, percent, reoffences per 100, standardised mean difference) are
 *   the intervention group minus the comparison group, so below zero means less reoffending;
 * - ratios (odds ratio, risk ratio) are the intervention group over the comparison group, so below
 *   one means less reoffending.
 * The figure exactly as the source gives it is kept beside the number (`reported`).
 */
export const EFFECT_MEASURES = [
  'pp-difference',
  'relative-change',
  'odds-ratio',
  'risk-ratio',
  'smd',
  'reoffences-per-100',
] as const;

export type EffectMeasure = (typeof EFFECT_MEASURES)[number];

export interface EffectMeasureInfo {
  label: string;
  /** The unit a value is written in, for display ("percentage points"). */
  unit: string;
  /** Ratios centre on 1, differences on 0: the value that means "no effect". */
  noEffect: 0 | 1;
}

export const EFFECT_MEASURE_INFO: Record<EffectMeasure, EffectMeasureInfo> = {
  'pp-difference': { label: 'Difference in the share who reoffend', unit: 'percentage points', noEffect: 0 },
  'relative-change': { label: 'Relative change in the share who reoffend', unit: '%', noEffect: 0 },
  'odds-ratio': { label: 'Odds ratio', unit: '', noEffect: 1 },
  'risk-ratio': { label: 'Risk ratio', unit: '', noEffect: 1 },
  smd: { label: 'Standardised mean difference', unit: 'standard deviations', noEffect: 0 },
  'reoffences-per-100': { label: 'Difference in reoffences per 100 people', unit: 'reoffences per 100 people', noEffect: 0 },
};

export const POPULATION_AGES = ['adults', 'young-people', 'mixed'] as const;
export const POPULATION_PLACES = ['uk', 'elsewhere', 'mixed'] as const;

export const POPULATION_AGE_LABELS: Record<(typeof POPULATION_AGES)[number], string> = {
  adults: 'adults',
  'young-people': 'young people',
  mixed: 'adults and young people',
};

export const POPULATION_PLACE_LABELS: Record<(typeof POPULATION_PLACES)[number], string> = {
  uk: 'UK',
  elsewhere: 'outside the UK',
  mixed: 'UK and elsewhere',
};
