import { describe, expect, it } from 'vitest';
import type { MapEdge, MapNode } from '../../../src/analysis';
import { createLayout, type LayoutOptions, type Point } from '../../../src/map/layout/createLayout';
import { createForceSession, type ForcePositions, type ToForceWorker } from '../../../src/map/layout/forceSession';
import { forceOffThread, type WorkerLike } from '../../../src/map/layout/forceOffThread';

const factor = (i: number): MapNode => ({ id: `f${i}`, kind: 'factor', label: `Factor ${i}`, group: 'health', stageIndices: [i % 4], degree: 2 });
const link = (from: number, to: number): MapEdge => ({ id: `l${from}-${to}`, kind: 'link', from: `f${from}`, to: `f${to}`, polarity: '+', inferred: false });

/** A ring of n factors of which only the first has a published position: the rest are placed by force. */
function placedByForce(n: number): Omit<LayoutOptions, 'onTick'> {
  const nodes = Array.from({ length: n }, (_, i) => factor(i));
  const edges = nodes.map((_, i) => link(i, (i + 1) % n));
  return { nodes, edges, stageCount: 4, seed: 7, pinned: { f0: { x: 0, y: 0 } } };
}

function settledHere(options: Omit<LayoutOptions, 'onTick'>): [string, Point][] {
  const layout = createLayout(options);
  layout.settle();
  return [...layout.positions()];
}

/** A clock that moves only when told, and macrotasks run by hand. */
function manualTime(msPerCall = 1) {
  let clock = 0;
  const tasks: Array<() => void> = [];
  return {
    now: () => (clock += msPerCall),
    later: (work: () => void) => void tasks.push(work),
    /** Runs waiting tasks (and any they queue) until none is left, or `limit` have run. */
    drain(limit = Infinity) {
      let ran = 0;
      while (tasks.length > 0 && ran++ < limit) tasks.shift()!();
      return ran;
    },
    pending: () => tasks.length,
  };
}

const positionsOf = (ids: readonly string[], xy: Float64Array): [string, Point][] => ids.map((id, i) => [id, { x: xy[2 * i]!, y: xy[2 * i + 1]! }]);

describe('the force worker: its warm-up in chunks, its positions streamed', () => {
  it('settles into exactly the picture the main thread would, telling progress after each chunk', () => {
    const options = placedByForce(60);
    const time = manualTime();
    const sent: ForcePositions[] = [];
    const session = createForceSession({ post: (message) => sent.push(message), later: time.later, now: time.now });
    session.handle({ type: 'init', options });
    session.handle({ type: 'run' });
    time.drain();
    expect(sent.length).toBeGreaterThan(3);
    expect(sent.slice(0, -1).every((m) => m.warming)).toBe(true);
    const progress = sent.map((m) => m.progress);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    const last = sent.at(-1)!;
    expect(last.warming).toBe(false);
    expect(last.progress).toBe(1);
    expect(positionsOf(options.nodes.map((n) => n.id), last.xy)).toEqual(settledHere(options));
  });

  it('stops where it is on Stop, says where, and runs no chunk after', () => {
    const time = manualTime();
    const sent: ForcePositions[] = [];
    const session = createForceSession({ post: (message) => sent.push(message), later: time.later, now: time.now });
    session.handle({ type: 'init', options: placedByForce(60) });
    session.handle({ type: 'run' });
    time.drain(2);
    session.handle({ type: 'stop' });
    const reply = sent.at(-1)!;
    expect(reply.warming).toBe(false);
    expect(reply.progress).toBe(1);
    const count = sent.length;
    time.drain();
    expect(sent.length).toBe(count);
  });

  it('holds a dragged node where the person puts it', () => {
    const time = manualTime();
    const sent: ForcePositions[] = [];
    const options = placedByForce(30);
    const session = createForceSession({ post: (message) => sent.push(message), later: time.later, now: time.now });
    session.handle({ type: 'init', options });
    session.handle({ type: 'pin', id: 'f5', at: { x: 500, y: -200 } });
    session.handle({ type: 'run' });
    time.drain();
    const settled = new Map(positionsOf(options.nodes.map((n) => n.id), sent.at(-1)!.xy));
    expect(settled.get('f5')).toEqual({ x: 500, y: -200 });
  });
});

/** A Worker stood in by the session itself: messages cross as macrotasks, in order, as they would. */
function inProcessWorker(time: ReturnType<typeof manualTime>) {
  const listeners = new Map<string, Array<(event: MessageEvent<ForcePositions>) => void>>();
  const received: ToForceWorker[] = [];
  const session = createForceSession({
    post: (message) => time.later(() => listeners.get('message')?.forEach((l) => l({ data: message } as MessageEvent<ForcePositions>))),
    later: time.later,
    now: time.now,
  });
  const worker: WorkerLike & { received: ToForceWorker[]; fail(): void } = {
    received,
    postMessage(message) {
      received.push(structuredClone(message));
      time.later(() => session.handle(structuredClone(message)));
    },
    addEventListener(type, listener) {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
    terminate() {
      listeners.clear();
    },
    fail() {
      listeners.get('error')?.forEach((l) => l({} as MessageEvent<ForcePositions>));
    },
  };
  return worker;
}

/** Animation frames run by hand. */
function manualFrames(time: ReturnType<typeof manualTime>) {
  const queued = new Map<number, () => void>();
  let next = 1;
  return {
    request: (run: () => void) => {
      queued.set(next, run);
      return next++;
    },
    cancel: (id: number) => void queued.delete(id),
    now: time.now,
    runAll() {
      for (const [id, run] of [...queued]) {
        queued.delete(id);
        run();
      }
    },
  };
}

function harness(createWorker: (time: ReturnType<typeof manualTime>) => WorkerLike) {
  const time = manualTime();
  const frames = manualFrames(time);
  const progress: Array<[number, boolean]> = [];
  let paints = 0;
  const options = placedByForce(60);
  const placed = forceOffThread({ ...options }, { paint: () => paints++, onProgress: (f, running) => progress.push([f, running]) }, { sliceMs: 12, createWorker: () => createWorker(time), frames });
  /** Lets worker, messages and frames run until all is quiet. */
  const settle = () => {
    for (let i = 0; i < 100_000 && time.pending() > 0; i++) {
      time.drain(1);
      frames.runAll();
    }
    frames.runAll();
  };
  return { time, frames, progress, paints: () => paints, options, placed, settle };
}

describe('the map’s side of the force worker', () => {
  it('draws from the starting places at once, then paints what the worker sends until it settles as the main thread would', () => {
    const h = harness(() => inProcessWorker(manualTime()));
    // The worker above is never driven: only the starting places are known, and published nodes are exactly placed.
    expect(h.placed.layout.positions().get('f0')).toEqual({ x: 0, y: 0 });
    expect(h.placed.layout.positions().size).toBe(60);

    let worker!: ReturnType<typeof inProcessWorker>;
    const live = harness((time) => (worker = inProcessWorker(time)));
    live.placed.runner.start();
    expect(live.placed.runner.running()).toBe(true);
    live.settle();
    expect(worker.received.map((m) => m.type)).toEqual(['init', 'run']);
    expect(live.paints()).toBeGreaterThan(0);
    expect(live.progress.some(([, running]) => running)).toBe(true);
    expect(live.progress.at(-1)).toEqual([1, false]);
    expect(live.placed.runner.running()).toBe(false);
    expect([...live.placed.layout.positions()]).toEqual(settledHere(live.options));
  });

  it('keeps the progress bar until the worker says where it stopped, then nothing moves', () => {
    const h = harness((time) => inProcessWorker(time));
    h.placed.runner.start();
    h.time.drain(6);
    h.placed.runner.stop();
    expect(h.placed.runner.running()).toBe(false);
    expect(h.progress.some(([, running]) => !running)).toBe(false);
    h.settle();
    expect(h.progress.filter(([, running]) => !running)).toHaveLength(1);
    const stoppedAt = [...h.placed.layout.positions()];
    expect(stoppedAt).not.toEqual(settledHere(h.options));
    h.settle();
    expect([...h.placed.layout.positions()]).toEqual(stoppedAt);
  });

  it('shows a dragged node under the pointer at once, and tells the worker to hold it', () => {
    let worker!: ReturnType<typeof inProcessWorker>;
    const h = harness((time) => (worker = inProcessWorker(time)));
    h.placed.layout.hold(true);
    h.placed.layout.pin('f3', { x: 123, y: 45 });
    expect(h.placed.layout.positions().get('f3')).toEqual({ x: 123, y: 45 });
    h.placed.layout.hold(false);
    h.placed.layout.release('f3');
    expect(worker.received.map((m) => m.type)).toEqual(['init', 'hold', 'pin', 'hold', 'release']);
    expect(worker.received[2]).toEqual({ type: 'pin', id: 'f3', at: { x: 123, y: 45 } });
  });

  it('runs the same layout on the main thread, a slice per frame, where no worker can start', () => {
    const h = harness(() => {
      throw new Error('no module workers here');
    });
    h.placed.runner.start();
    for (let i = 0; i < 1000 && h.placed.runner.running(); i++) h.frames.runAll();
    expect(h.progress.at(-1)).toEqual([1, false]);
    expect([...h.placed.layout.positions()]).toEqual(settledHere(h.options));
  });

  it('carries on on the main thread when the worker fails after starting, keeping a dragged node where it was put', () => {
    let worker!: ReturnType<typeof inProcessWorker>;
    const h = harness((time) => (worker = inProcessWorker(time)));
    h.placed.layout.pin('f2', { x: 9, y: 9 });
    h.placed.runner.start();
    worker.fail();
    expect(h.placed.runner.running()).toBe(true);
    for (let i = 0; i < 1000 && h.placed.runner.running(); i++) h.frames.runAll();
    expect(h.progress.at(-1)).toEqual([1, false]);
    expect(h.placed.layout.positions().get('f2')).toEqual({ x: 9, y: 9 });
  });
});
