import { interventionMatches, type FilterFacet, type ViewFilter } from '../../analysis';
import type { Intervention } from '../../model';

/**
 * How many interventions each option of a facet would show, given the other facets' choices:
 * so a funder sees before clicking whether "peer support" with "limited or stronger" leaves any.
 */
export function facetCounts(
  interventions: readonly Intervention[],
  filter: ViewFilter,
  facet: FilterFacet,
  valuesOf: (intervention: Intervention) => readonly string[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const intervention of interventions) {
    if (!interventionMatches(intervention, filter, facet)) continue;
    for (const value of new Set(valuesOf(intervention))) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}
