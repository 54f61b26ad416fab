import type { Intervention } from '../model';
import { costOf, formatMoney } from './costOf';
import { impactOf, type ImpactFinding } from './impact';
import { toAbsoluteReduction, type AbsoluteReduction } from './relativeChange';

/**
 * An estimate of what it costs to keep one person from reoffending: cost per participant divided
 * by the share of participants kept from reoffending. A range: the lowest cost over the largest
 * reduction to the highest cost over the smallest; where the smallest reduction is none or worse
 * (the interval includes no effect), there is no upper bound. Only where a cost and an effect are
 * both cited for the same intervention, and every input is shown so a funder can redo it by hand.
 */
export interface CostPerPersonKept {
  currency: string;
  central: number;
  low: number;
  /** Undefined when the interval includes no effect, or the finding is not statistically significant: no upper bound. */
  high?: number;
  /**
   * `range`: an interval or a cost range spreads it; `one-figure`: neither was reported, so there is
   * no range to show (never "£9,131 to £9,131"); `open`: no upper bound, for `openBecause`.
   */
  spread: 'range' | 'one-figure' | 'open';
  openBecause?: 'interval-includes-no-effect' | 'not-significant';
  reduction: AbsoluteReduction;
  finding: ImpactFinding;
  /** The sum written out, sources by title, e.g. "£1,200 per participant (A costs study) ÷ 0.084 (…) = £14,286". */
  working: string;
}

export function keptFromReoffending(
  costLow: number,
  costHigh: number,
  reduction: AbsoluteReduction,
): { central: number; low: number; high?: number } | undefined {
  if (!(reduction.value > 0)) return undefined;
  const mid = (costLow + costHigh) / 2;
  const most = Math.max(reduction.most ?? reduction.value, reduction.value);
  const fewest = Math.min(reduction.fewest ?? reduction.value, reduction.value);
  return { central: mid / reduction.value, low: costLow / most, ...(fewest > 0 ? { high: costHigh / fewest } : {}) };
}

/**
 * The README's rule, applied to every input alike: a finding its source calls not statistically
 * significant (recorded as direction "no-clear-effect") cannot rule out no effect, so the fewest
 * kept from reoffending is none and the estimate has no upper bound, whatever its point value.
 */
export function withoutSignificance(reduction: AbsoluteReduction): AbsoluteReduction {
  return { ...reduction, fewest: Math.min(reduction.fewest ?? 0, 0), most: Math.max(reduction.most ?? reduction.value, reduction.value) };
}

/** `sourceTitle` names each input's source as a reader finds it (by title), so the line can be checked by hand. */
export function costPerPersonKept(intervention: Intervention, sourceTitle: (id: string) => string): CostPerPersonKept | undefined {
  const { cost } = costOf(intervention);
  if (!cost) return undefined;
  const impact = impactOf(intervention);
  if (impact.level === 'harmful' || impact.level === 'no-clear-effect') return undefined;
  const candidates = [impact.primary, ...impact.findings].filter((f): f is ImpactFinding => f !== undefined);
  for (const finding of candidates) {
    const measured = toAbsoluteReduction(finding.citation.estimate);
    if (!measured) continue;
    const notSignificant = finding.citation.direction === 'no-clear-effect';
    const reduction = notSignificant ? withoutSignificance(measured) : measured;
    const sums = keptFromReoffending(cost.perParticipant.low, cost.perParticipant.high, reduction);
    if (!sums) continue;
    const mid = (cost.perParticipant.low + cost.perParticipant.high) / 2;
    const caveat = notSignificant ? ', not statistically significant' : '';
    const working = `${formatMoney(mid, cost.currency)} per participant (${sourceTitle(cost.citation.source)}) ÷ ${round(reduction.value)} (${reduction.how}${caveat}, ${sourceTitle(finding.citation.source)}) = ${formatMoney(sums.central, cost.currency)}`;
    const spread = sums.high === undefined ? 'open' : sums.low === sums.high ? 'one-figure' : 'range';
    const openBecause = spread !== 'open' ? {} : { openBecause: notSignificant ? ('not-significant' as const) : ('interval-includes-no-effect' as const) };
    return { currency: cost.currency, ...sums, spread, ...openBecause, reduction, finding, working };
  }
  return undefined;
}

/**
 * The estimate's spread in words, the same wherever it is shown: "£6,667 to £15,000", "one figure:
 * no interval or spread reported, so no range", or "£6,667 or more: no upper bound, …".
 */
export function keptSpreadWords(kept: CostPerPersonKept): string {
  const money = (n: number) => formatMoney(n, kept.currency);
  if (kept.spread === 'one-figure') return 'one figure: no interval or spread reported, so no range';
  if (kept.spread === 'range') return `${money(kept.low)} to ${money(kept.high ?? kept.low)}`;
  const why = kept.openBecause === 'not-significant' ? 'the finding it rests on is not statistically significant' : 'the interval includes no effect';
  return `${money(kept.low)} or more: no upper bound, as ${why}`;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
