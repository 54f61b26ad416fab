import { interventionMatches, type FilterFacet, type InterventionReach, type ReachIndex, type ViewFilter } from '../../analysis';
import type { Intervention } from '../../model';

/**
 * How many interventions each option of a facet would show, given the other facets' choices:
 * so a funder sees before clicking whether "peer support" with "limited or stronger" leaves any.
 */
export function facetCounts(
  interventions: readonly Intervention[],
  reach: ReachIndex,
  filter: ViewFilter,
  facet: FilterFacet,
  valuesOf: (intervention: Intervention, reach: InterventionReach) => Iterable<string>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const intervention of eligibleFor(interventions, reach, filter, facet)) {
    for (const value of new Set(valuesOf(intervention, reachOrNone(reach, intervention)))) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

const NO_REACH: InterventionReach = { domains: new Set(), stages: new Set() };
const reachOrNone = (reach: ReachIndex, intervention: Intervention) => reach.get(intervention.id) ?? NO_REACH;

/** The interventions every other facet lets through: what one facet's options choose among. */
export function eligibleFor(interventions: readonly Intervention[], reach: ReachIndex, filter: ViewFilter, facet: FilterFacet): Intervention[] {
  return interventions.filter((i) => interventionMatches(i, reachOrNone(reach, i), filter, facet));
}
