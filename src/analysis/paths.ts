import { bidirectional } from 'graphology-shortest-path/unweighted';
import { allSimplePaths } from 'graphology-simple-path';
import { linksAlong, negativeSteps, type FactorGraph } from './factorGraph';
import type { Polarity } from './mapGraph';

export interface CausalPath {
  factors: string[];
  links: string[];
  /** The composed effect: + when an even number of steps are negative. */
  polarity: Polarity;
}

/**
 * The shortest few causal paths from one factor to another: every simple path no more than
 * `slack` steps longer than the shortest, shortest first, at most `limit` of them.
 */
export function causalPaths(graph: FactorGraph, from: string, to: string, limit = 5, slack = 1): CausalPath[] {
  if (!graph.hasNode(from) || !graph.hasNode(to) || from === to) return [];
  const shortest = bidirectional(graph, from, to);
  if (!shortest) return [];
  const maxDepth = shortest.length - 1 + slack;
  return allSimplePaths(graph, from, to, { maxDepth })
    .sort((a, b) => a.length - b.length || a.join('~').localeCompare(b.join('~')))
    .slice(0, limit)
    .map((factors) => ({
      factors,
      links: linksAlong(graph, factors, false),
      polarity: negativeSteps(graph, factors, false) % 2 === 0 ? '+' : '-',
    }));
}

/** "more Homelessness → … → more Reoffending": the composed polarity of a path in words. */
export function pathInWords(labels: readonly string[], polarity: Polarity): string {
  const first = labels[0] ?? '';
  const last = labels[labels.length - 1] ?? '';
  const middle = labels.length > 2 ? ' → … → ' : ' → ';
  return `More “${first}”${middle}${polarity === '+' ? 'more' : 'less'} “${last}”`;
}
