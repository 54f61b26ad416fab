import { z } from 'zod';
import { EFFECT_MEASURES, EFFECT_MEASURE_INFO, POPULATION_AGES, POPULATION_PLACES, type EffectMeasure } from './effectMeasures';

/**
 * A finding's effect on reoffending as data (see effectMeasures.ts for the sign convention), with
 * the checks a validator can make of it: rates and their difference agree, an interval contains its
 * estimate, and a value is possible in its measure's unit. Each problem names the field to fix.
 */

const shortText = (max: number) => z.string().trim().min(1, { message: 'some text' }).max(max);
const finite = z.number().finite();
const percent = finite.min(0, { message: 'a percentage from 0 to 100' }).max(100, { message: 'a percentage from 0 to 100' });
const count = z.number().int().positive();

/** How close a stored figure must be to the one its rates give (sources round their figures). */
export const RATE_TOLERANCE: Record<Exclude<EffectMeasure, 'smd'>, number> = {
  'pp-difference': 0.6,
  'relative-change': 1.5,
  'risk-ratio': 0.03,
  'odds-ratio': 0.05,
  'reoffences-per-100': Number.POSITIVE_INFINITY,
};

/** What a measure's value would be, worked out from the two groups' reoffending rates (percent). */
export function valueFromRates(measure: EffectMeasure, intervention: number, comparison: number): number | undefined {
  const i = intervention / 100;
  const c = comparison / 100;
  switch (measure) {
    case 'pp-difference':
      return intervention - comparison;
    case 'relative-change':
      return c === 0 ? undefined : ((i - c) / c) * 100;
    case 'risk-ratio':
      return c === 0 ? undefined : i / c;
    case 'odds-ratio':
      return c === 0 || c === 1 || i === 1 ? undefined : i / (1 - i) / (c / (1 - c));
    default:
      return undefined;
  }
}

export const estimateSchema = z
  .strictObject({
    measure: z.enum(EFFECT_MEASURES).describe('The measure the value is in (see the README, "Impact").'),
    value: finite.describe(
      'Differences: intervention minus comparison (below 0 = less reoffending). Ratios: intervention over comparison (below 1 = less reoffending).',
    ),
    rates: z
      .strictObject({ intervention: percent, comparison: percent })
      .optional()
      .describe('Percent of each group who reoffended, where the source gives them.'),
    interval: z
      .strictObject({ low: finite, high: finite, level: finite.min(50).max(99.9).optional() })
      .optional()
      .describe('Confidence interval, on the same scale and sign convention as value; level defaults to 95.'),
    followUpMonths: finite.positive().max(600).optional(),
    sampleSize: count.optional().describe('People in the study or studies.'),
    studies: count.optional().describe('Studies pooled, for a review.'),
    population: z.strictObject({
      age: z.enum(POPULATION_AGES),
      place: z.enum(POPULATION_PLACES),
      note: shortText(300).optional(),
    }),
    outcome: shortText(300).describe('How reoffending was defined (e.g. "proven reoffending within one year").'),
    reported: shortText(300).describe('The figure exactly as the source reports it.'),
  })
  .superRefine((estimate, ctx) => {
    const { measure, value, interval, rates } = estimate;
    const info = EFFECT_MEASURE_INFO[measure];
    if (info.noEffect === 1) {
      if (value <= 0) ctx.addIssue({ code: 'custom', path: ['value'], message: `a ratio above 0 (${info.label.toLowerCase()}s are never 0 or negative)` });
      if (interval && interval.low <= 0) ctx.addIssue({ code: 'custom', path: ['interval', 'low'], message: 'a ratio above 0' });
    }
    if (measure === 'pp-difference' && Math.abs(value) > 100) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a difference in percentage points from -100 to 100' });
    }
    if (measure === 'relative-change' && value < -100) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a relative change of -100% or more (nobody can reoffend less than not at all)' });
    }
    if (interval) {
      if (interval.low > interval.high) {
        ctx.addIssue({ code: 'custom', path: ['interval'], message: 'low no greater than high' });
      } else if (value < interval.low || value > interval.high) {
        ctx.addIssue({
          code: 'custom',
          path: ['interval'],
          message: `an interval that contains the estimate ${value} (found ${interval.low} to ${interval.high}); check both use the same sign convention`,
        });
      }
    }
    if (rates && measure !== 'smd') {
      const expected = valueFromRates(measure, rates.intervention, rates.comparison);
      const tolerance = RATE_TOLERANCE[measure];
      if (expected !== undefined && Math.abs(expected - value) > tolerance) {
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: `${round(expected)} or close to it, as the rates give (${rates.intervention}% against ${rates.comparison}%): the value and the rates disagree; check the sign convention (intervention minus or over comparison)`,
        });
      }
    }
  });

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
