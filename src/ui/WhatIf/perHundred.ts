import { impactOf, toAbsoluteReduction, type Impact } from '../../analysis';
import type { Dataset, Intervention } from '../../model';

/**
 * What the research measured, per 100 people an intervention reaches: "about 13 fewer reoffend
 * (range 8 to 18)", from the finding its impact rating rests on. Only where that finding gives a
 * difference in percentage points, or a relative measure with the comparison group's rate; never
 * guessed otherwise.
 */
export interface PerHundred {
  /** The sentence, ready to show. */
  sentence: string;
  /** True when the figure says more people reoffend. */
  harmful: boolean;
}

const people = (n: number) => {
  const whole = Math.round(Math.abs(n));
  return whole === 0 ? 'fewer than 1' : String(whole);
};
const way = (n: number) => (n >= 0 ? 'fewer' : 'more');

export function perHundred(intervention: Intervention, dataset: Dataset): PerHundred | undefined {
  const primary = impactOf(intervention).primary;
  if (!primary) return undefined;
  const reduction = toAbsoluteReduction(primary.citation.estimate);
  if (!reduction) return undefined;
  const value = reduction.value * 100;
  const source = dataset.sources.find((s) => s.id === primary.citation.source)?.title ?? primary.citation.source;
  let range = '';
  if (reduction.fewest !== undefined && reduction.most !== undefined) {
    // In people kept from reoffending per 100: above 0 fewer reoffend, below 0 more.
    const low = Math.min(reduction.fewest, reduction.most) * 100;
    const high = Math.max(reduction.fewest, reduction.most) * 100;
    if (low >= 0) range = ` (range ${people(low)} to ${people(high)})`;
    else if (high <= 0) range = ` (range ${people(high)} to ${people(low)})`;
    else range = ` (range ${people(low)} more to ${people(high)} fewer)`;
  }
  return {
    sentence: `For every 100 people it reaches, about ${people(value)} ${way(value)} reoffend${range}, on ${source}’s figure.`,
    harmful: value < 0,
  };
}

/** Why there is no per-100 figure, in a line: the rating's own reason, or the missing comparison rate. */
export function noFigureReason(impact: Impact): string {
  if (!impact.primary) return impact.why;
  return `${impact.why} It cannot be put per 100 people: the source gives no comparison group’s rate.`;
}
