import type { Dataset } from '../model';
import type { FactorGraph } from './factorGraph';

/**
 * What-if, as an illustration of the map's logic, not a forecast (fuzzy-cognitive-map style):
 * funding an intervention gives each factor it acts on an impulse of +1 (raises) or −1 (lowers).
 * Each step, every factor shares its new impulse among its outgoing links (divided by how many
 * there are), each share multiplied by the link's sign (+1 or −1) and by DECAY, so the total push
 * at least halves at every step. After at most STEPS steps (or when shares fall below EPSILON) a
 * factor's effect is the sum of the impulses that reached it, squashed into −1…1 as tanh(sum), so
 * that pushes coming round a loop cannot add up to more than a full rise or fall. An intervention
 * whose research finds no clear effect on reoffending gives no impulse.
 */
export const WHAT_IF = { DECAY: 0.5, STEPS: 6, EPSILON: 0.001 } as const;

export interface Effect {
  factor: string;
  /** −1…1: below zero the factor falls, above it rises. */
  value: number;
}

export function whatIf(dataset: Dataset, graph: FactorGraph, funded: readonly string[]): Map<string, number> {
  let impulse = new Map<string, number>();
  for (const intervention of dataset.interventions.filter((i) => funded.includes(i.id))) {
    // Research that finds no clear effect on reoffending: funding it is shown to move nothing.
    if (intervention.evidence.direction === 'no-clear-effect') continue;
    for (const target of intervention.targets) {
      if (!graph.hasNode(target.factor)) continue;
      impulse.set(target.factor, (impulse.get(target.factor) ?? 0) + (target.effect === 'raises' ? 1 : -1));
    }
  }
  const total = new Map(impulse);
  for (let step = 0; step < WHAT_IF.STEPS && impulse.size > 0; step++) {
    const next = new Map<string, number>();
    for (const [factor, value] of impulse) {
      const share = value / Math.max(1, graph.outDegree(factor));
      graph.forEachOutEdge(factor, (_edge, attributes, _source, target) => {
        const passed = share * (attributes.polarity === '+' ? 1 : -1) * WHAT_IF.DECAY;
        if (Math.abs(passed) >= WHAT_IF.EPSILON) next.set(target, (next.get(target) ?? 0) + passed);
      });
    }
    for (const [factor, value] of next) total.set(factor, (total.get(factor) ?? 0) + value);
    impulse = next;
  }
  return new Map([...total].map(([factor, value]) => [factor, Math.tanh(value)]));
}

/** The largest effects first, leaving out those too small to matter. */
export function largestEffects(effects: ReadonlyMap<string, number>, limit = 12): Effect[] {
  return [...effects]
    .filter(([, value]) => Math.abs(value) >= 0.01)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([factor, value]) => ({ factor, value }));
}
