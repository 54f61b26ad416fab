import type { LoopSearch } from '../../analysis';
import type { Dataset } from '../../model';
import { loopsOf, peekLoops, seedLoops } from '../derived';
import { betweennessOf, peekBetweenness, seedBetweenness } from '../betweenness';
import { analysisInput, type AnalysisReply, type Progress } from './protocol';
import { LARGE_ANALYSIS_FACTORS } from './largeAnalysis';

export { LARGE_ANALYSIS_FACTORS };

/** A dataset's loops and centrality as far as they are known: null while still being computed. */
export interface FactorAnalysis {
  loops: LoopSearch | null;
  betweenness: ReadonlyMap<string, number> | null;
  /** Centrality's progress while it runs; null once done (or before it starts). */
  progress: Progress | null;
}

export interface AnalysisEntry {
  subscribe(listener: () => void): () => void;
  snapshot(): FactorAnalysis;
}

interface Entry extends AnalysisEntry {
  state: FactorAnalysis;
  listeners: Set<() => void>;
  running: boolean;
}

const entries = new WeakMap<Dataset, Entry>();
/** One job at a time: opening another dataset (an edit makes one) stops the job for the one before. */
let current: { dataset: Dataset; stop(): void } | null = null;
let jobs = 0;

const isComplete = (s: FactorAnalysis) => s.loops !== null && s.betweenness !== null;

function update(entry: Entry, patch: Partial<FactorAnalysis>) {
  entry.state = { ...entry.state, ...patch };
  for (const listener of entry.listeners) listener();
}

function finish(dataset: Dataset) {
  if (current?.dataset === dataset) current = null;
  const entry = entries.get(dataset);
  if (entry) entry.running = false;
}

function receive(dataset: Dataset, entry: Entry, reply: Exclude<AnalysisReply, { type: 'failed' }>) {
  if (reply.type === 'loops') {
    seedLoops(dataset, reply.search);
    update(entry, { loops: reply.search });
  } else if (reply.type === 'progress') {
    update(entry, { progress: reply.progress });
  } else {
    const values = new Map(reply.values);
    seedBetweenness(dataset, values);
    update(entry, { betweenness: values, progress: null });
    finish(dataset);
  }
}

/**
 * The same run on the main thread, a slice per task, where no worker can start or one fails. Its
 * code loads only then, so the first page load carries none of it.
 */
function runHere(dataset: Dataset, entry: Entry): () => void {
  let cancelled = false;
  const job = ++jobs;
  void import('./runFactorAnalysis').then(({ runFactorAnalysis }) => runFactorAnalysis(dataset, {
    loops: (search) => receive(dataset, entry, { type: 'loops', job, search }),
    progress: (progress) => receive(dataset, entry, { type: 'progress', job, progress }),
    betweenness: (values) => receive(dataset, entry, { type: 'betweenness', job, values: [...values] }),
    pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
    cancelled: () => cancelled,
  }));
  return () => {
    cancelled = true;
  };
}

function runInWorker(dataset: Dataset, entry: Entry): () => void {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./analysisWorker.ts', import.meta.url), { type: 'module', name: 'map analysis' });
  } catch {
    return runHere(dataset, entry);
  }
  const job = ++jobs;
  let stopHere: (() => void) | null = null;
  const fallBack = () => {
    worker.terminate();
    if (entry.running) stopHere = runHere(dataset, entry);
  };
  worker.addEventListener('message', (event: MessageEvent<AnalysisReply>) => {
    const reply = event.data;
    if (reply.job !== job) return;
    if (reply.type === 'failed') return fallBack();
    receive(dataset, entry, reply);
    if (reply.type === 'betweenness') worker.terminate();
  });
  worker.addEventListener('error', fallBack);
  worker.addEventListener('messageerror', fallBack);
  worker.postMessage({ type: 'analyse', job, input: analysisInput(dataset) });
  return () => {
    worker.terminate();
    stopHere?.();
  };
}

function start(dataset: Dataset, entry: Entry) {
  if (current && current.dataset !== dataset) {
    current.stop();
    finish(current.dataset);
  }
  entry.running = true;
  const stop = typeof Worker === 'undefined' ? runHere(dataset, entry) : runInWorker(dataset, entry);
  current = { dataset, stop };
}

function initialState(dataset: Dataset): FactorAnalysis {
  if (dataset.factors.length <= LARGE_ANALYSIS_FACTORS) return { loops: loopsOf(dataset), betweenness: betweennessOf(dataset), progress: null };
  return { loops: peekLoops(dataset) ?? null, betweenness: peekBetweenness(dataset) ?? null, progress: null };
}

/**
 * A dataset's loops and centrality, memoised per dataset: at once for a small map; for a large one,
 * computed in a worker (started once something subscribes) and reported as it goes, loops first.
 */
export function factorAnalysisOf(dataset: Dataset): AnalysisEntry {
  let entry = entries.get(dataset);
  if (!entry) {
    const made: Entry = {
      state: initialState(dataset),
      listeners: new Set(),
      running: false,
      subscribe(listener) {
        made.listeners.add(listener);
        // Started by the first view that listens (in an effect, not during render); a job stopped
        // because another dataset was opened starts again when this one is shown.
        if (!isComplete(made.state) && !made.running) start(dataset, made);
        return () => made.listeners.delete(listener);
      },
      snapshot: () => made.state,
    };
    entry = made;
    entries.set(dataset, entry);
  }
  return entry;
}
