import Graph from 'graphology';
import type { Dataset } from '../model';
import type { Polarity } from './mapGraph';

export interface FactorEdgeAttributes {
  link: string;
  polarity: Polarity;
}

/** The causal graph among factors: no node attributes, each edge its link id and polarity. */
export type FactorGraph = Graph<Record<string, never>, FactorEdgeAttributes>;

/**
 * The causal graph among factors only (no interventions), for loops, centrality and paths.
 * A simple directed graph: a second link between the same two factors adds nothing to reach.
 */
export function buildFactorGraph(dataset: Dataset): FactorGraph {
  const graph: FactorGraph = new Graph<Record<string, never>, FactorEdgeAttributes>({ type: 'directed', multi: false, allowSelfLoops: false });
  for (const factor of dataset.factors) graph.addNode(factor.id);
  for (const link of dataset.links) {
    if (graph.hasNode(link.from) && graph.hasNode(link.to) && !graph.hasEdge(link.from, link.to)) {
      graph.addDirectedEdge(link.from, link.to, { link: link.id, polarity: link.polarity });
    }
  }
  return graph;
}

/** The link ids along a sequence of factors (closing back to the start when `closed`). */
export function linksAlong(graph: FactorGraph, factors: readonly string[], closed: boolean): string[] {
  const steps = closed ? factors.length : factors.length - 1;
  const links: string[] = [];
  for (let i = 0; i < steps; i++) {
    const from = factors[i];
    const to = factors[(i + 1) % factors.length];
    const edge = from !== undefined && to !== undefined ? graph.edge(from, to) : undefined;
    if (edge !== undefined) links.push(graph.getEdgeAttribute(edge, 'link'));
  }
  return links;
}

/** How many of the steps along a sequence are negative links. */
export function negativeSteps(graph: FactorGraph, factors: readonly string[], closed: boolean): number {
  const steps = closed ? factors.length : factors.length - 1;
  let negatives = 0;
  for (let i = 0; i < steps; i++) {
    const edge = graph.edge(factors[i] ?? '', factors[(i + 1) % factors.length] ?? '');
    if (edge !== undefined && graph.getEdgeAttribute(edge, 'polarity') === '-') negatives++;
  }
  return negatives;
}
