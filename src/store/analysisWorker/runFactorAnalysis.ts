// Each from its own module, so the worker carries these and graphology alone (not the whole analysis index).
import { betweennessRun } from '../../analysis/centrality';
import { buildFactorGraph } from '../../analysis/factorGraph';
import { feedbackLoops, type LoopSearch } from '../../analysis/loops';
import type { Dataset } from '../../model';
import type { AnalysisInput, Progress } from './protocol';

export interface AnalysisSteps {
  loops(search: LoopSearch): void;
  progress(progress: Progress): void;
  betweenness(values: Map<string, number>): void;
  /** Let other work run (a message that cancels, a frame on the main thread) before the next slice. */
  pause(): Promise<void>;
  /** True once nobody wants the result: the run stops at the next slice. */
  cancelled(): boolean;
}

/** How long one slice of centrality runs before it pauses (so a cancel, or a frame, can come in). */
export const SLICE_MS = 40;
/** How often progress is reported: each report re-renders the views that show it. */
export const REPORT_MS = 250;

/**
 * Loops, then betweenness a slice at a time with its progress, for one dataset. The worker and the
 * main-thread fallback both run exactly this, over the same pure functions the small maps call at
 * once, so every path gives the same figures.
 */
export async function runFactorAnalysis(input: AnalysisInput, steps: AnalysisSteps, now: () => number = () => performance.now()): Promise<void> {
  // buildFactorGraph reads only the factors' ids and the links' ids, ends and polarity: the input's fields.
  const graph = buildFactorGraph(input as unknown as Dataset);
  steps.loops(feedbackLoops(input, graph));
  const run = betweennessRun(graph);
  steps.progress({ done: 0, total: run.total });
  await steps.pause();
  let finished = run.total === 0;
  let reported = now();
  while (!finished) {
    if (steps.cancelled()) return;
    const until = now() + SLICE_MS;
    // A few searches at a time, so a slice ends close to its time even on a dense map.
    while (!finished && now() < until) finished = run.step(8);
    if (!finished && now() - reported >= REPORT_MS) {
      reported = now();
      steps.progress({ done: run.done, total: run.total });
    }
    if (!finished) await steps.pause();
  }
  if (!steps.cancelled()) steps.betweenness(run.result());
}
