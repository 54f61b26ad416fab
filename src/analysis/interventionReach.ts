import type { Dataset, Intervention } from '../model';

/**
 * Where an intervention's money acts: its own domain and stages, plus the domain and stage of every
 * factor it acts on. A housing filter then finds a mentoring scheme that lowers homelessness on
 * release, not only the schemes filed under housing (README, "Filtering").
 */
export interface InterventionReach {
  domains: ReadonlySet<string>;
  stages: ReadonlySet<string>;
}

export type ReachIndex = ReadonlyMap<string, InterventionReach>;

export function reachOfIntervention(intervention: Intervention, factorById: ReadonlyMap<string, { domain: string; stage: string }>): InterventionReach {
  const factors = intervention.targets.flatMap((t) => {
    const factor = factorById.get(t.factor);
    return factor ? [factor] : [];
  });
  return {
    domains: new Set([intervention.domain, ...factors.map((f) => f.domain)]),
    stages: new Set([...intervention.stages, ...factors.map((f) => f.stage)]),
  };
}

export function buildReachIndex(dataset: Dataset): ReachIndex {
  const factorById = new Map(dataset.factors.map((f) => [f.id, f]));
  return new Map(dataset.interventions.map((i) => [i.id, reachOfIntervention(i, factorById)]));
}
