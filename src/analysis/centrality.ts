import type Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';

/**
 * Betweenness centrality of each factor in the factor graph, normalised to 0…1: the share of
 * shortest causal routes between other factors that pass through it. A factor many routes pass
 * through is a place where a change travels far.
 */
export function factorBetweenness(graph: Graph): Map<string, number> {
  const raw = betweennessCentrality(graph, { normalized: true });
  return new Map(Object.entries(raw));
}
