import { linksAlong, negativeSteps, type FactorGraph } from './factorGraph';
import type { Polarity } from './mapGraph';

export interface CausalPath {
  factors: string[];
  links: string[];
  /** The composed effect: + when an even number of steps are negative. */
  polarity: Polarity;
}

export interface PathSearch {
  paths: CausalPath[];
  /** True when more paths within the length allowed exist than are listed. */
  more: boolean;
  /** True when the work limit stopped the search: the paths listed are the shortest found, not surely the shortest. */
  stoppedByWork: boolean;
  /** Steps of work done (nodes visited by the breadth-first searches). */
  steps: number;
}

export const PATH_LIMITS = { count: 5, slack: 1, maxSteps: 1_000_000 } as const;

/**
 * The shortest path from `from` to `to` by breadth-first search, avoiding some nodes and edges
 * (Yen's spur searches). Counts its work into `budget`; returns null when there is none or the
 * budget runs out (then `budget.exhausted` is set).
 */
function shortestAvoiding(
  graph: FactorGraph,
  from: string,
  to: string,
  blockedNodes: ReadonlySet<string>,
  blockedEdges: ReadonlySet<string>,
  budget: { steps: number; max: number; exhausted: boolean },
): string[] | null {
  const previous = new Map<string, string | null>([[from, null]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const neighbour of graph.outNeighbors(node)) {
        if (++budget.steps > budget.max) {
          budget.exhausted = true;
          return null;
        }
        if (previous.has(neighbour) || blockedNodes.has(neighbour) || blockedEdges.has(`${node}→${neighbour}`)) continue;
        previous.set(neighbour, node);
        if (neighbour === to) {
          const path = [to];
          for (let at = previous.get(to); at != null; at = previous.get(at)) path.unshift(at);
          return path;
        }
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return null;
}

/**
 * The k shortest simple causal paths from one factor to another, shortest first (Yen's algorithm
 * over breadth-first search), keeping only paths at most `slack` steps longer than the shortest.
 * Each path costs at most a few breadth-first searches, and a work limit bounds the whole, so any
 * graph answers quickly: a layered graph with exponentially many paths only ever has k of them listed.
 */
export function findCausalPaths(
  graph: FactorGraph,
  from: string,
  to: string,
  { count = PATH_LIMITS.count, slack = PATH_LIMITS.slack, maxSteps = PATH_LIMITS.maxSteps }: { count?: number; slack?: number; maxSteps?: number } = {},
): PathSearch {
  const budget = { steps: 0, max: maxSteps, exhausted: false };
  const done = (found: string[][], more: boolean): PathSearch => ({
    paths: found.map((factors) => ({
      factors,
      links: linksAlong(graph, factors, false),
      polarity: negativeSteps(graph, factors, false) % 2 === 0 ? '+' : '-',
    })),
    more,
    stoppedByWork: budget.exhausted,
    steps: budget.steps,
  });
  if (!graph.hasNode(from) || !graph.hasNode(to) || from === to) return done([], false);
  const first = shortestAvoiding(graph, from, to, new Set(), new Set(), budget);
  if (!first) return done([], false);
  const maxNodes = first.length + slack;
  const accepted: string[][] = [first];
  const seen = new Set([first.join('~')]);
  const candidates: string[][] = [];

  // One more than asked for, so the panel can say truthfully whether there are more.
  while (accepted.length <= count) {
    const last = accepted[accepted.length - 1]!;
    for (let i = 0; i < last.length - 1; i++) {
      const root = last.slice(0, i + 1);
      const spurNode = last[i]!;
      const blockedEdges = new Set<string>();
      for (const path of accepted) {
        if (path.length > i && root.every((id, j) => path[j] === id)) blockedEdges.add(`${path[i]}→${path[i + 1]}`);
      }
      const blockedNodes = new Set(root.slice(0, -1));
      const spur = shortestAvoiding(graph, spurNode, to, blockedNodes, blockedEdges, budget);
      if (budget.exhausted) return done(accepted.slice(0, count), accepted.length > count || candidates.length > 0);
      if (!spur) continue;
      const candidate = [...root.slice(0, -1), ...spur];
      const key = candidate.join('~');
      if (candidate.length <= maxNodes && !seen.has(key)) {
        seen.add(key);
        candidates.push(candidate);
      }
    }
    if (candidates.length === 0) break;
    candidates.sort((a, b) => a.length - b.length || a.join('~').localeCompare(b.join('~')));
    accepted.push(candidates.shift()!);
  }
  return done(accepted.slice(0, count), accepted.length > count);
}

/** The shortest few causal paths from one factor to another (see findCausalPaths). */
export function causalPaths(graph: FactorGraph, from: string, to: string, limit = PATH_LIMITS.count, slack = PATH_LIMITS.slack): CausalPath[] {
  return findCausalPaths(graph, from, to, { count: limit, slack }).paths;
}

/** "more Homelessness → … → more Reoffending": the composed polarity of a path in words. */
export function pathInWords(labels: readonly string[], polarity: Polarity): string {
  const first = labels[0] ?? '';
  const last = labels[labels.length - 1] ?? '';
  const middle = labels.length > 2 ? ' → … → ' : ' → ';
  return `More “${first}”${middle}${polarity === '+' ? 'more' : 'less'} “${last}”`;
}
