import type { Dataset } from '../model';
import { linksAlong, negativeSteps, type FactorGraph } from './factorGraph';

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
  /** How many steps the search may take in all, so a large, dense dataset cannot freeze the page. */
  maxSteps?: number;
}

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
 * Each cycle is found once, from its smallest member, walking only through members larger than it
 * (the idea of Johnson's algorithm). A depth-first walk over graphology's out-neighbours, because
 * it must be able to stop: graphology-simple-path lists every path before it returns, which on a
 * dense graph never ends. `maxSteps` bounds the walk's total work.
 */
export function findCycles(
  graph: FactorGraph,
  maxLength: number,
  maxCount: number,
  maxSteps = 2_000_000,
): { cycles: string[][]; truncated: boolean } {
  const nodes = [...graph.nodes()].sort();
  const cycles: string[][] = [];
  let steps = 0;
  let truncated = false;
  for (const start of nodes) {
    const path = [start];
    const onPath = new Set(path);
    const walk = (node: string): void => {
      for (const next of graph.outNeighbors(node)) {
        if (truncated) return;
        if (++steps > maxSteps) {
          truncated = true;
          return;
        }
        if (next === start) {
          // Cut short only when there is a loop beyond the limit, not merely at it.
          if (cycles.length >= maxCount) {
            truncated = true;
            return;
          }
          cycles.push([...path]);
        }
        else if (next > start && !onPath.has(next) && path.length < maxLength) {
          path.push(next);
          onPath.add(next);
          walk(next);
          path.pop();
          onPath.delete(next);
        }
      }
    };
    walk(start);
    if (truncated) break;
  }
  return { cycles, truncated };
}

const nameFromMembers = (labels: readonly string[]) => `${labels.join(' → ')} → (back to ${labels[0] ?? ''})`;

/** The feedback loops to show: the dataset's named loops, then those the search finds, shortest first. */
export function feedbackLoops(dataset: Dataset, graph: FactorGraph, limits: LoopLimits = {}): LoopSearch {
  const maxLength = limits.maxLength ?? 8;
  const maxCount = limits.maxCount ?? 300;
  const label = new Map(dataset.factors.map((f) => [f.id, f.label]));
  const { cycles, truncated } = findCycles(graph, maxLength, maxCount, limits.maxSteps);
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
