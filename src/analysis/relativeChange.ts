import type { Estimate } from '../model';

/**
 * Puts a structured estimate on the impact rule's common measure: the relative change in the share
 * of people who reoffend, in percent (below 0 = fewer reoffend). `approximate` marks a conversion
 * that had to treat an odds ratio as a risk ratio for want of the comparison group's rate.
 */
export interface RelativeChange {
  value: number;
  low?: number;
  high?: number;
  approximate: boolean;
  /** How it was converted, in words. */
  how: string;
}

/** An odds ratio as a risk ratio, given the comparison group's rate as a proportion (Zhang and Yu). */
function riskRatioFromOdds(oddsRatio: number, comparison: number): number {
  return oddsRatio / (1 - comparison + comparison * oddsRatio);
}

function oddsFromSmd(smd: number): number {
  return Math.exp((smd * Math.PI) / Math.sqrt(3));
}

export function toRelativeChange(estimate: Estimate): RelativeChange | undefined {
  const { measure, value, interval, rates } = estimate;
  const comparison = rates?.comparison;
  const c = comparison === undefined ? undefined : comparison / 100;
  const map = (convert: (x: number) => number | undefined, approximate: boolean, how: string): RelativeChange | undefined => {
    const central = convert(value);
    if (central === undefined || !Number.isFinite(central)) return undefined;
    const ends = interval ? [convert(interval.low), convert(interval.high)] : [];
    const finite = ends.filter((x): x is number => x !== undefined && Number.isFinite(x));
    return {
      value: central,
      ...(finite.length === 2 ? { low: Math.min(...finite), high: Math.max(...finite) } : {}),
      approximate,
      how,
    };
  };
  switch (measure) {
    case 'relative-change':
      return map((x) => x, false, 'reported as a relative change');
    case 'risk-ratio':
      return map((x) => (x - 1) * 100, false, '(risk ratio − 1) × 100');
    case 'pp-difference':
      return c === undefined || c === 0
        ? undefined
        : map((x) => (x / comparison!) * 100, false, `percentage points ÷ the comparison group's ${comparison}%`);
    case 'odds-ratio':
      return c === undefined
        ? map((x) => (x - 1) * 100, true, 'odds ratio treated as a risk ratio (no comparison rate given)')
        : map((x) => (riskRatioFromOdds(x, c) - 1) * 100, false, `odds ratio to risk ratio at the comparison group's ${comparison}%`);
    case 'smd':
      return c === undefined
        ? map((x) => (oddsFromSmd(x) - 1) * 100, true, 'standardised mean difference to an odds ratio, treated as a risk ratio (no comparison rate given)')
        : map((x) => (riskRatioFromOdds(oddsFromSmd(x), c) - 1) * 100, false, `standardised mean difference to an odds ratio to a risk ratio at the comparison group's ${comparison}%`);
    case 'reoffences-per-100':
      return undefined;
  }
}

/**
 * The share of participants kept from reoffending (a proportion, above 0 = fewer reoffend), where
 * the estimate allows it: a difference in percentage points, or a relative measure with the
 * comparison group's rate. `fewest` and `most` come from the interval where one is reported.
 */
export interface AbsoluteReduction {
  value: number;
  fewest?: number;
  most?: number;
  how: string;
}

export function toAbsoluteReduction(estimate: Estimate): AbsoluteReduction | undefined {
  if (estimate.measure === 'pp-difference') {
    const fromInterval = estimate.interval ? { fewest: -estimate.interval.high / 100, most: -estimate.interval.low / 100 } : {};
    return { value: -estimate.value / 100, ...fromInterval, how: `${-estimate.value} percentage points fewer reoffend` };
  }
  const comparison = estimate.rates?.comparison;
  if (comparison === undefined) return undefined;
  const relative = toRelativeChange(estimate);
  if (!relative || relative.approximate) return undefined;
  const of = (r: number) => (-r / 100) * (comparison / 100);
  return {
    value: of(relative.value),
    ...(relative.low !== undefined && relative.high !== undefined ? { fewest: of(relative.high), most: of(relative.low) } : {}),
    how: `${round(-relative.value)}% fewer of a comparison group where ${comparison}% reoffend`,
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
