import { outcomeWeight, type Dataset, type Intervention } from '../model';
import { impactOf } from './impact';
import { outcomeVerdict } from './outcomeVerdict';
import type { FactorGraph } from './factorGraph';

/**
 * What-if, as an illustration of the map's logic, not a forecast (fuzzy-cognitive-map style, but
 * linear, so pushes add up and nothing saturates):
 * - funding an intervention gives each factor it acts on a push of +w (raises) or −w (lowers),
 *   where w is the intervention's outcome weight (the one table in src/model/leverageWeights.ts, as
 *   leverage reads it: evidence of no clear effect on reoffending weighs 0, evidence of harm weighs
 *   minus its evidence weight, so funding it pushes every target the wrong way), or 1 when the
 *   evidence weighting is switched off to see the map's structure alone;
 * - each step, every factor shares its new push among its outgoing links (divided by how many there
 *   are), each share multiplied by the link's sign (+1 or −1) and by DECAY, so the total push at
 *   least halves at every step; after at most STEPS steps (or when shares fall below EPSILON of a
 *   push) a factor's raw effect is the sum of the pushes that reached it;
 * - a raw effect is then stated on one linear scale: as a share of the largest push any single
 *   intervention of the dataset gives that factor under the same weighting. So 1 (100%) is "as much
 *   as the strongest single intervention does", and funding two interventions adds their shares.
 */
export const WHAT_IF = { DECAY: 0.5, STEPS: 6, EPSILON: 0.001 } as const;

/** `evidence`: pushes weighted by evidence strength; `structure`: every push is 1 (the map's structure alone). */
export const WHAT_IF_WEIGHTINGS = ['evidence', 'structure'] as const;
export type WhatIfWeighting = (typeof WHAT_IF_WEIGHTINGS)[number];

export interface Effect {
  factor: string;
  /** Signed share of the largest single-intervention push on this factor: below zero it falls. */
  value: number;
}

/** The size of one intervention's push where it acts, under a weighting. */
export function pushWeight(intervention: Intervention, weighting: WhatIfWeighting): number {
  if (weighting !== 'evidence') return 1;
  return outcomeWeight(intervention.evidence.strength, outcomeVerdict(intervention), impactOf(intervention).level).weight;
}

/** The raw, unscaled effects of funding one intervention alone: linear in its push. */
export function spreadPush(graph: FactorGraph, intervention: Intervention, weighting: WhatIfWeighting): Map<string, number> {
  const weight = pushWeight(intervention, weighting);
  let impulse = new Map<string, number>();
  for (const target of intervention.targets) {
    if (!graph.hasNode(target.factor)) continue;
    impulse.set(target.factor, (impulse.get(target.factor) ?? 0) + (target.effect === 'raises' ? weight : -weight));
  }
  const total = new Map(impulse);
  for (let step = 0; step < WHAT_IF.STEPS && impulse.size > 0; step++) {
    const next = new Map<string, number>();
    for (const [factor, value] of impulse) {
      const share = value / Math.max(1, graph.outDegree(factor));
      graph.forEachOutEdge(factor, (_edge, attributes, _source, target) => {
        const passed = share * (attributes.polarity === '+' ? 1 : -1) * WHAT_IF.DECAY;
        if (Math.abs(passed) >= WHAT_IF.EPSILON * Math.abs(weight)) next.set(target, (next.get(target) ?? 0) + passed);
      });
    }
    for (const [factor, value] of next) total.set(factor, (total.get(factor) ?? 0) + value);
    impulse = next;
  }
  return total;
}

/** Every intervention's raw pushes, and per factor the largest any single one gives: the scale's unit. */
export interface PushTable {
  weighting: WhatIfWeighting;
  raw: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Per factor: the intervention with the largest push on it (either way) and that push's size. */
  largest: ReadonlyMap<string, { intervention: string; size: number }>;
}

export function pushTable(dataset: Dataset, graph: FactorGraph, weighting: WhatIfWeighting): PushTable {
  const raw = new Map(dataset.interventions.map((i) => [i.id, spreadPush(graph, i, weighting)] as const));
  const largest = new Map<string, { intervention: string; size: number }>();
  for (const [intervention, effects] of raw) {
    for (const [factor, value] of effects) {
      if (Math.abs(value) > (largest.get(factor)?.size ?? 0)) largest.set(factor, { intervention, size: Math.abs(value) });
    }
  }
  return { weighting, raw, largest };
}

/** One factor's effect from these interventions on the linear scale (0 when nothing reaches it). */
export function shareOn(table: PushTable, funded: readonly string[], factor: string): number {
  const unit = table.largest.get(factor)?.size ?? 0;
  if (unit === 0) return 0;
  return funded.reduce((sum, id) => sum + (table.raw.get(id)?.get(factor) ?? 0), 0) / unit;
}

/** Every factor's effect from funding these interventions together, on the linear scale. */
export function whatIf(table: PushTable, funded: readonly string[]): Map<string, number> {
  const reached = new Set(funded.flatMap((id) => [...(table.raw.get(id)?.keys() ?? [])]));
  return new Map([...reached].map((factor) => [factor, shareOn(table, funded, factor)]));
}

/** The largest effects first, leaving out those too small to matter. */
export function largestEffects(effects: ReadonlyMap<string, number>, limit = 12): Effect[] {
  return [...effects]
    .filter(([, value]) => Math.abs(value) >= 0.01)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([factor, value]) => ({ factor, value }));
}
