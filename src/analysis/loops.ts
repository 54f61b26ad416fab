import type Graph from 'graphology';
import subgraph from 'graphology-operators/subgraph';
import { allSimplePaths } from 'graphology-simple-path';
import type { Dataset } from '../model';
import { linksAlong, negativeSteps, type FactorEdgeAttributes } from './factorGraph';

export type LoopKind = 'reinforcing' | 'balancing';

export interface FeedbackLoop {
  /** The dataset's loop id, or the member ids joined by "~" for a loop found by search. */
  id: string;
  name: string;
  description: string | null;
  /** Whether the dataset names and describes this loop. */
  named: boolean;
  /** Member factor ids in order; the last leads back to the first. */
  factors: string[];
  links: string[];
  kind: LoopKind;
}

export interface LoopSearch {
  loops: FeedbackLoop[];
  /** True when the limits cut the search short: there may be more loops than listed. */
  truncated: boolean;
  maxLength: number;
  maxCount: number;
}

export interface LoopLimits {
  maxLength?: number;
  maxCount?: number;
}

type FactorGraph = Graph<Record<string, never>, FactorEdgeAttributes>;

/** A reinforcing loop has an even number of negative links (each pair of "less" cancels out). */
export function loopKind(negatives: number): LoopKind {
  return negatives % 2 === 0 ? 'reinforcing' : 'balancing';
}

/** The same cycle written from its smallest member, so it has one identity however it is found. */
export function canonicalCycle(factors: readonly string[]): string[] {
  let start = 0;
  factors.forEach((id, i) => {
    if (id < (factors[start] ?? '')) start = i;
  });
  return [...factors.slice(start), ...factors.slice(0, start)];
}

/**
 * The elementary cycles among factors, up to `maxLength` factors long and `maxCount` in number.
 * Each cycle is found once, from its smallest member, in the subgraph of members not smaller than
 * it (the idea of Johnson's algorithm), using graphology's simple-path search.
 */
export function findCycles(graph: FactorGraph, maxLength: number, maxCount: number): { cycles: string[][]; truncated: boolean } {
  const nodes = [...graph.nodes()].sort();
  const cycles: string[][] = [];
  for (let i = 0; i < nodes.length; i++) {
    const start = nodes[i] ?? '';
    const rest = subgraph(graph, nodes.slice(i)) as FactorGraph;
    for (const path of allSimplePaths(rest, start, start, { maxDepth: maxLength })) {
      cycles.push(path.slice(0, -1));
      if (cycles.length > maxCount) return { cycles: cycles.slice(0, maxCount), truncated: true };
    }
  }
  return { cycles, truncated: false };
}

const nameFromMembers = (labels: readonly string[]) => `${labels.join(' → ')} → (back to ${labels[0] ?? ''})`;

/** The feedback loops to show: the dataset's named loops, then those the search finds, shortest first. */
export function feedbackLoops(dataset: Dataset, graph: FactorGraph, limits: LoopLimits = {}): LoopSearch {
  const maxLength = limits.maxLength ?? 8;
  const maxCount = limits.maxCount ?? 300;
  const label = new Map(dataset.factors.map((f) => [f.id, f.label]));
  const { cycles, truncated } = findCycles(graph, maxLength, maxCount);
  const named = (dataset.loops ?? []).map((loop) => ({ loop, key: canonicalCycle(loop.factors).join('~') }));
  const namedKeys = new Set(named.map((n) => n.key));
  const describe = (factors: string[]) => ({
    links: linksAlong(graph, factors, true),
    kind: loopKind(negativeSteps(graph, factors, true)),
  });
  const fromDataset: FeedbackLoop[] = named.map(({ loop }) => ({
    id: loop.id,
    name: loop.name,
    description: loop.description,
    named: true,
    factors: [...loop.factors],
    ...describe(loop.factors),
  }));
  const found: FeedbackLoop[] = cycles
    .map((cycle) => canonicalCycle(cycle))
    .filter((cycle) => !namedKeys.has(cycle.join('~')))
    .sort((a, b) => a.length - b.length || a.join('~').localeCompare(b.join('~')))
    .map((factors) => ({
      id: factors.join('~'),
      name: nameFromMembers(factors.map((id) => label.get(id) ?? id)),
      description: null,
      named: false,
      factors,
      ...describe(factors),
    }));
  return { loops: [...fromDataset, ...found], truncated, maxLength, maxCount };
}
