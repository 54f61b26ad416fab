import { evidenceRank, type CostFilterValue, type Dataset, type EvidenceLevel, type FundingScale, type ImpactLevel, type Intervention } from '../model';
import { costOf } from './costOf';
import { impactOf } from './impact';
import type { MapGraph } from './mapGraph';
import { buildReachIndex, type InterventionReach } from './interventionReach';

/**
 * What a funder has narrowed the map to. Semantics (documented in the README):
 * - type, evidence, scale, impact and cost select interventions (impact by the written rule,
 *   impact.ts; cost by its band in pounds, "other-currency" for a cost cited only in another currency,
 *   "not-known" for no cited cost);
 * - domain and stage select both factors and interventions; an intervention matches by its reach:
 *   its own domain or stages, or the domain or stage of any factor it acts on (interventionReach.ts);
 * - items that do not match are hidden; while any filter is on, factors that no visible
 *   intervention acts on stay but are dimmed, or are hidden too when `onlyReached` is set.
 */
export interface ViewFilter {
  types: readonly string[];
  minEvidence: EvidenceLevel | null;
  domains: readonly string[];
  stages: readonly string[];
  scales: readonly FundingScale[];
  /** Impact ratings to show (issue 22). Optional, so filters written before it still read: absent is none chosen. */
  impacts?: readonly ImpactLevel[];
  /** Cost bands to show, or "not-known" (issue 22). Absent is none chosen. */
  costs?: readonly CostFilterValue[];
  onlyReached: boolean;
}

export const NO_FILTER: ViewFilter = { types: [], minEvidence: null, domains: [], stages: [], scales: [], onlyReached: false };

export type FilterFacet = 'types' | 'minEvidence' | 'domains' | 'stages' | 'scales' | 'impacts' | 'costs';

/** An intervention's cost as the cost filter reads it: its band in pounds, "other-currency" (cited, not in pounds) or "not-known". */
export function costFilterValue(intervention: Intervention): CostFilterValue {
  const { band, cost } = costOf(intervention);
  return band ?? (cost ? 'other-currency' : 'not-known');
}

export function isFiltering(filter: ViewFilter): boolean {
  return (
    filter.types.length > 0 ||
    filter.minEvidence !== null ||
    filter.domains.length > 0 ||
    filter.stages.length > 0 ||
    filter.scales.length > 0 ||
    (filter.impacts?.length ?? 0) > 0 ||
    (filter.costs?.length ?? 0) > 0 ||
    filter.onlyReached
  );
}

/** Does an intervention pass every filter, leaving out one facet (for that facet's option counts)? */
export function interventionMatches(intervention: Intervention, reach: InterventionReach, filter: ViewFilter, ignoring?: FilterFacet): boolean {
  const reaches = (chosen: readonly string[], held: ReadonlySet<string>) => chosen.length === 0 || chosen.some((id) => held.has(id));
  const passes = (facet: FilterFacet, test: () => boolean) => facet === ignoring || test();
  return (
    passes('types', () => filter.types.length === 0 || filter.types.includes(intervention.type)) &&
    passes('minEvidence', () => filter.minEvidence === null || evidenceRank(intervention.evidence.strength) >= evidenceRank(filter.minEvidence)) &&
    passes('domains', () => reaches(filter.domains, reach.domains)) &&
    passes('stages', () => reaches(filter.stages, reach.stages)) &&
    passes('scales', () => filter.scales.length === 0 || (intervention.scale !== undefined && filter.scales.includes(intervention.scale))) &&
    passes('impacts', () => !filter.impacts?.length || filter.impacts.includes(impactOf(intervention).level)) &&
    passes('costs', () => !filter.costs?.length || filter.costs.includes(costFilterValue(intervention)))
  );
}

export interface Visibility {
  /** Factor and intervention ids on the page. */
  nodes: ReadonlySet<string>;
  /** Visible factors that no visible intervention acts on (shown, but marked dimmed). */
  dimmed: ReadonlySet<string>;
  /** Map edge ids (links and intervention actions) whose both ends are visible. */
  edges: ReadonlySet<string>;
  interventionsShown: number;
  interventionsTotal: number;
  factorsShown: number;
  factorsTotal: number;
}

export function filterView(dataset: Dataset, mapGraph: MapGraph, filter: ViewFilter, reachIndex = buildReachIndex(dataset)): Visibility {
  const noReach: InterventionReach = { domains: new Set(), stages: new Set() };
  const interventions = dataset.interventions.filter((i) => interventionMatches(i, reachIndex.get(i.id) ?? noReach, filter));
  const reached = new Set(interventions.flatMap((i) => i.targets.map((t) => t.factor)));
  const filtering = isFiltering(filter);
  const factors = dataset.factors.filter(
    (f) =>
      (filter.domains.length === 0 || filter.domains.includes(f.domain)) &&
      (filter.stages.length === 0 || filter.stages.includes(f.stage)) &&
      (!filter.onlyReached || reached.has(f.id)),
  );
  const nodes = new Set([...factors.map((f) => f.id), ...interventions.map((i) => i.id)]);
  const dimmed = new Set(filtering ? factors.filter((f) => !reached.has(f.id)).map((f) => f.id) : []);
  return withEdges(mapGraph, nodes, dimmed, {
    interventionsShown: interventions.length,
    interventionsTotal: dataset.interventions.length,
    factorsShown: factors.length,
    factorsTotal: dataset.factors.length,
  });
}

/** Completes a visibility from its nodes: an edge shows when both its ends do. */
export function withEdges(
  mapGraph: MapGraph,
  nodes: ReadonlySet<string>,
  dimmed: ReadonlySet<string>,
  counts: Pick<Visibility, 'interventionsShown' | 'interventionsTotal' | 'factorsShown' | 'factorsTotal'>,
): Visibility {
  const edges = new Set(mapGraph.edges.filter((e) => nodes.has(e.from) && nodes.has(e.to)).map((e) => e.id));
  return { nodes, dimmed, edges, ...counts };
}
