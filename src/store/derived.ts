import {
  buildGapMatrix,
  type GapMatrix,
  type MatrixAxis,
  canonicalCycle,
  findCausalPaths,
  type PathSearch,

  pushTable,
  whatIf,
  type PushTable,
  type WhatIfWeighting,
  type CausalPath,
  type FeedbackLoop,
  buildFactorGraph,
  feedbackLoops,
  type LoopSearch,
  buildMapGraph,
  filterView,
  buildReachIndex,
  type ReachIndex,
  focusView,
  indexDataset,
  type DatasetIndex,
  type Focus,
  type MapGraph,
  type ViewFilter,
  type Visibility,
} from '../analysis';
import { seedableMemo } from './seedableMemo';
import type { Dataset } from '../model';

/** Memoises a pure function of the dataset by identity: derived data is computed once, never stored. */
function memoByDataset<T>(compute: (dataset: Dataset) => T): (dataset: Dataset) => T {
  const cache = new WeakMap<Dataset, T>();
  return (dataset) => {
    let value = cache.get(dataset);
    if (value === undefined) {
      value = compute(dataset);
      cache.set(dataset, value);
    }
    return value;
  };
}

/** Memoises on the identity of every argument, keeping the last result (store slices keep identity until changed). */
function memoLast<A extends unknown[], T>(compute: (...args: A) => T): (...args: A) => T {
  let lastArgs: A | null = null;
  let lastValue: T;
  return (...args) => {
    if (lastArgs && lastArgs.length === args.length && lastArgs.every((a, i) => a === args[i])) return lastValue;
    lastValue = compute(...args);
    lastArgs = args;
    return lastValue;
  };
}

export const mapGraphOf: (dataset: Dataset) => MapGraph = memoByDataset(buildMapGraph);
export const indexOf: (dataset: Dataset) => DatasetIndex = memoByDataset(indexDataset);
/** Where each intervention acts: its own domain and stages and those of the factors it acts on. */
export const reachOf: (dataset: Dataset) => ReachIndex = memoByDataset(buildReachIndex);

/** What is on the page: the filters applied, then the focus's neighbourhood if there is one. */
export const visibilityOf: (dataset: Dataset, filter: ViewFilter, focus: Focus | null) => Visibility = memoLast(
  (dataset: Dataset, filter: ViewFilter, focus: Focus | null) => {
    const graph = mapGraphOf(dataset);
    const filtered = filterView(dataset, graph, filter, reachOf(dataset));
    return focus ? focusView(graph, filtered, focus) : filtered;
  },
);

export const factorGraphOf = memoByDataset(buildFactorGraph);

/** The evidence-gap matrix on each axis, built once per dataset and axis. */
const gapMatrices = memoByDataset(() => new Map<MatrixAxis, GapMatrix>());
export function gapMatrixOf(dataset: Dataset, axis: MatrixAxis): GapMatrix {
  const built = gapMatrices(dataset);
  let matrix = built.get(axis);
  if (!matrix) {
    matrix = buildGapMatrix(dataset, axis);
    built.set(axis, matrix);
  }
  return matrix;
}

const collator = new Intl.Collator();
/** The factors in label order, as the choices list them: sorted once per dataset, not at every render (10,000 labels take ~100 ms). */
export const factorsByLabelOf = memoByDataset((dataset) => [...dataset.factors].sort((a, b) => collator.compare(a.label, b.label)));
/** The interventions in label order, likewise. */
export const interventionsByLabelOf = memoByDataset((dataset) => [...dataset.interventions].sort((a, b) => collator.compare(a.label, b.label)));

/** The dataset's feedback loops (named ones first, then those found, bounded: see LoopSearch.truncated). */
const loopsMemo = seedableMemo((dataset) => feedbackLoops(dataset, factorGraphOf(dataset)));
export const loopsOf: (dataset: Dataset) => LoopSearch = loopsMemo;

/**
 * The analysis worker's results, kept where the synchronous callers find them (the same pure
 * functions computed them, on the same data), and a look without computing.
 */
export const seedLoops = loopsMemo.seed;
export const peekLoops = loopsMemo.peek;

/**
 * The loop a view names: by the dataset's loop id, or by its members joined by "~" starting from
 * any of them (a named loop's members find the named loop).
 */
export function loopById(dataset: Dataset, id: string | null): FeedbackLoop | null {
  if (!id) return null;
  const { loops } = loopsOf(dataset);
  const byId = loops.find((loop) => loop.id === id);
  if (byId || !id.includes('~')) return byId ?? null;
  const members = canonicalCycle(id.split('~')).join('~');
  return loops.find((loop) => canonicalCycle(loop.factors).join('~') === members) ?? null;
}

const NO_PATHS: PathSearch = { paths: [], more: false, stoppedByWork: false, steps: 0 };

/** The shortest causal paths a view asks for, with what the bounded search could and could not cover. */
export const pathSearchOf: (dataset: Dataset, path: { from: string; to: string } | null) => PathSearch = memoLast(
  (dataset: Dataset, path: { from: string; to: string } | null) => (path ? findCausalPaths(factorGraphOf(dataset), path.from, path.to) : NO_PATHS),
);

export const pathsOf = (dataset: Dataset, path: { from: string; to: string } | null): CausalPath[] => pathSearchOf(dataset, path).paths;

const pushTables = memoByDataset((dataset): Record<WhatIfWeighting, PushTable> => {
  const graph = factorGraphOf(dataset);
  return { evidence: pushTable(dataset, graph, 'evidence'), structure: pushTable(dataset, graph, 'structure') };
});

/** Every intervention's what-if pushes under a weighting, and the scale's unit per factor. */
export function pushTableOf(dataset: Dataset, weighting: WhatIfWeighting): PushTable {
  return pushTables(dataset)[weighting];
}

/** Each factor's what-if effect on the linear scale (1 = the largest push any single intervention gives it). */
export const effectsOf: (dataset: Dataset, fund: readonly string[], weighting: WhatIfWeighting) => Map<string, number> = memoLast(
  (dataset: Dataset, fund: readonly string[], weighting: WhatIfWeighting) => whatIf(pushTableOf(dataset, weighting), fund),
);

/**
 * The what-if as the map paints it: the same effects, held within −1…1 because the map's ring only
 * needs to say "up to as much as the strongest single intervention"; the panel gives the numbers.
 */
export const impactOf: (dataset: Dataset, fund: readonly string[], weighting?: WhatIfWeighting) => Map<string, number> = memoLast(
  (dataset: Dataset, fund: readonly string[], weighting: WhatIfWeighting = 'evidence') =>
    new Map([...effectsOf(dataset, fund, weighting)].map(([factor, value]) => [factor, Math.max(-1, Math.min(1, value))])),
);

/** What the map highlights, in order: the chosen causal paths if any, else the chosen loop. */
export interface Highlight {
  nodes: string[];
  /** The number shown on each node: its place in a loop, or its fewest steps from a path's start. */
  steps: Map<string, number>;
  edges: Set<string>;
  kind: 'loop' | 'path';
}

export const highlightOf: (dataset: Dataset, loopId: string | null, path: { from: string; to: string } | null) => Highlight | null = memoLast(
  (dataset: Dataset, loopId: string | null, path: { from: string; to: string } | null) => {
    const paths = pathsOf(dataset, path);
    if (paths.length > 0) {
      const steps = new Map<string, number>();
      for (const p of paths) p.factors.forEach((id, i) => steps.set(id, Math.min(steps.get(id) ?? Infinity, i + 1)));
      return { nodes: [...steps.keys()], steps, edges: new Set(paths.flatMap((p) => p.links)), kind: 'path' as const };
    }
    const loop = loopById(dataset, loopId);
    if (!loop) return null;
    const steps = new Map(loop.factors.map((id, i) => [id, i + 1]));
    return { nodes: [...loop.factors], steps, edges: new Set(loop.links), kind: 'loop' as const };
  },
);
