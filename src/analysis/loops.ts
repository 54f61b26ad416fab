import type { Dataset, Factor } from '../model';
import { linksAlong, negativeSteps, type FactorGraph } from './factorGraph';
import { stronglyConnectedComponents } from './stronglyConnected';

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

/** What cut a loop search short: the number of loops kept, or the work allowed; null when it ran to the end. */
export type LoopSearchStop = 'count' | 'work' | null;

export interface LoopSearch {
  loops: FeedbackLoop[];
  /** True when a limit cut the search short: there may be more loops than listed. */
  truncated: boolean;
  /** Which limit cut it short, so the panel can say so truthfully. */
  stoppedBy: LoopSearchStop;
  /** The longest loop length searched in full (every loop this long or shorter is listed). */
  completeUpTo: number;
  maxLength: number;
  maxCount: number;
  maxSteps: number;
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

export const LOOP_LIMITS = { maxLength: 8, maxCount: 300, maxSteps: 2_000_000 } as const;

export interface CycleSearch {
  cycles: string[][];
  truncated: boolean;
  stoppedBy: LoopSearchStop;
  completeUpTo: number;
}

/**
 * The elementary cycles among factors, shortest first across the whole map: every loop of two
 * factors, then of three, and so on up to `maxLength`, so that when `maxCount` loops or `maxSteps`
 * of work cut the search short, the loops kept are the shortest everywhere, not those near the
 * first factor in id order. A loop lies within one strongly connected component, so each
 * component is searched alone and the rest of the graph costs nothing. Each cycle is found once,
 * from its smallest member, walking only through larger members (the idea of Johnson's algorithm);
 * the walk is a bounded depth-first search, so it can always stop.
 */
export function findCycles(
  graph: FactorGraph,
  maxLength: number = LOOP_LIMITS.maxLength,
  maxCount: number = LOOP_LIMITS.maxCount,
  maxSteps: number = LOOP_LIMITS.maxSteps,
): CycleSearch {
  const components = stronglyConnectedComponents(graph)
    .filter((component) => component.length > 1)
    .map((component) => component.sort());
  const componentOf = new Map<string, number>();
  components.forEach((component, i) => component.forEach((id) => componentOf.set(id, i)));
  const cycles: string[][] = [];
  let steps = 0;
  let stoppedBy: LoopSearchStop = null;
  let completeUpTo = components.length === 0 ? maxLength : 1;

  for (let length = 2; length <= maxLength && stoppedBy === null; length++) {
    for (const component of components) {
      if (component.length < length) continue;
      for (const start of component) {
        const home = componentOf.get(start);
        const path = [start];
        const onPath = new Set(path);
        const walk = (node: string): void => {
          for (const next of graph.outNeighbors(node)) {
            if (stoppedBy !== null) return;
            if (++steps > maxSteps) {
              stoppedBy = 'work';
              return;
            }
            if (next === start) {
              if (path.length !== length) continue;
              // Cut short only when there is a loop beyond the limit, not merely at it.
              if (cycles.length >= maxCount) {
                stoppedBy = 'count';
                return;
              }
              cycles.push([...path]);
            } else if (path.length < length && next > start && !onPath.has(next) && componentOf.get(next) === home) {
              path.push(next);
              onPath.add(next);
              walk(next);
              path.pop();
              onPath.delete(next);
            }
          }
        };
        walk(start);
        if (stoppedBy !== null) break;
      }
      if (stoppedBy !== null) break;
    }
    if (stoppedBy === null) completeUpTo = length;
  }
  return { cycles, truncated: stoppedBy !== null, stoppedBy, completeUpTo };
}

const nameFromMembers = (labels: readonly string[]) => `${labels.join(' → ')} → (back to ${labels[0] ?? ''})`;

/** What the loop search reads of a dataset: factors' names and the loops its authors named. */
export interface LoopSource {
  factors: ReadonlyArray<Pick<Factor, 'id' | 'label'>>;
  loops?: Dataset['loops'];
}

/** The feedback loops to show: the dataset's named loops, then those the search finds, shortest first. */
export function feedbackLoops(dataset: LoopSource, graph: FactorGraph, limits: LoopLimits = {}): LoopSearch {
  const maxLength = limits.maxLength ?? LOOP_LIMITS.maxLength;
  const maxCount = limits.maxCount ?? LOOP_LIMITS.maxCount;
  const maxSteps = limits.maxSteps ?? LOOP_LIMITS.maxSteps;
  const label = new Map(dataset.factors.map((f) => [f.id, f.label]));
  const { cycles, truncated, stoppedBy, completeUpTo } = findCycles(graph, maxLength, maxCount, maxSteps);
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
  return { loops: [...fromDataset, ...found], truncated, stoppedBy, completeUpTo, maxLength, maxCount, maxSteps };
}

/** What the loop search covered, in one honest sentence for the panels that count loops. */
export function loopSearchInWords(search: Pick<LoopSearch, 'stoppedBy' | 'completeUpTo' | 'maxLength' | 'maxCount' | 'maxSteps'>): string {
  const covered =
    search.completeUpTo >= 2
      ? `every loop up to ${search.completeUpTo} factors long is listed, but longer ones may be missing`
      : 'not even every loop of two factors could be listed';
  if (search.stoppedBy === 'count') return `The search stopped at ${search.maxCount} loops, shortest first: ${covered}.`;
  if (search.stoppedBy === 'work') return `The search stopped after ${search.maxSteps.toLocaleString('en-GB')} steps of work, shortest first: ${covered}.`;
  return `Every loop up to ${search.maxLength} factors long is listed; longer loops are not searched.`;
}
