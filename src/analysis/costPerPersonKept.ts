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
  /** Undefined when the interval includes no effect: no upper bound. */
  high?: number;
  reduction: AbsoluteReduction;
  finding: ImpactFinding;
  /** The sum written out, e.g. "£1,200 ÷ 0.084 (8.4 percentage points fewer reoffend) = £14,286". */
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

export function costPerPersonKept(intervention: Intervention): CostPerPersonKept | undefined {
  const { cost } = costOf(intervention);
  if (!cost) return undefined;
  const impact = impactOf(intervention);
  if (impact.level === 'harmful' || impact.level === 'no-clear-effect') return undefined;
  const candidates = [impact.primary, ...impact.findings].filter((f): f is ImpactFinding => f !== undefined);
  for (const finding of candidates) {
    const reduction = toAbsoluteReduction(finding.citation.estimate);
    if (!reduction) continue;
    const sums = keptFromReoffending(cost.perParticipant.low, cost.perParticipant.high, reduction);
    if (!sums) continue;
    const mid = (cost.perParticipant.low + cost.perParticipant.high) / 2;
    const working = `${formatMoney(mid, cost.currency)} per participant (${cost.citation.source}) ÷ ${round(reduction.value)} (${reduction.how}, ${finding.citation.source}) = ${formatMoney(sums.central, cost.currency)}`;
    return { currency: cost.currency, ...sums, reduction, finding, working };
  }
  return undefined;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
