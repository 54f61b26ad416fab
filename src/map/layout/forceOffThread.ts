import { createLayout, startingPlaces, type Layout, type LayoutOptions, type Point } from './createLayout';
import type { ForcePositions, ToForceWorker } from './forceSession';
import { createSimulationRunner, type SimulationRunner } from './simulationRunner';
import { markLayout, timed } from './layoutTiming';

/** What the map needs of a layout once it is placing nodes: where they are, and a drag's requests. */
export type LiveLayout = Pick<Layout, 'reheat' | 'stop' | 'pin' | 'release' | 'hold' | 'positions' | 'geometry'>;

export interface PaintHooks {
  /** Paints `layout.positions()` now. */
  paint(): void;
  /** How far the warm-up has come, and whether it is still running (as SimulationRunner reports it). */
  onProgress(fraction: number, running: boolean): void;
}

/** The parts of a Worker used here, so tests can stand a message handler in its place. */
export interface WorkerLike {
  postMessage(message: ToForceWorker): void;
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: MessageEvent<ForcePositions>) => void): void;
  terminate(): void;
}

export interface OffThreadSettings {
  /** For the main-thread fallback's slices, in ms. */
  sliceMs: number;
  createWorker?: () => WorkerLike;
  frames?: { request(run: () => void): number; cancel(id: number): void; now(): number };
}

export interface OffThreadLayout {
  layout: LiveLayout;
  /** Starts the warm-up; Stop leaves every node where the worker had it when it heard. */
  runner: SimulationRunner;
  /** Ends the worker (the map went away). */
  dispose(): void;
}

const browserFrames = {
  request: (run: () => void) => requestAnimationFrame(run),
  cancel: (id: number) => cancelAnimationFrame(id),
  now: () => performance.now(),
};

const moduleWorker = (): WorkerLike => new Worker(new URL('./forceWorker.ts', import.meta.url), { type: 'module', name: 'force layout' });

/**
 * A large map's force layout, run in a Web Worker: the map is drawn at once from the nodes'
 * starting places (computed here in O(nodes + edges)), then the worker streams every node's
 * position about once a frame and the page only paints them. A drag's pin, hold and release go
 * to the worker as messages; a dragged node is shown under the pointer at once, without waiting
 * for the worker's answer. The worker runs the synchronous layout's own ticks, so the settled
 * picture is the same. Where a worker cannot start or fails, the same layout runs here, a slice
 * per frame (simulationRunner.ts), as it did before workers.
 */
export function forceOffThread(options: LayoutOptions, hooks: PaintHooks, settings: OffThreadSettings): OffThreadLayout {
  const frames = settings.frames ?? browserFrames;
  const start = startingPlaces(options);
  const ids = start.simNodes.map((n) => n.id);
  let xy: Float64Array = new Float64Array(ids.length * 2);
  start.simNodes.forEach((n, i) => {
    xy[2 * i] = n.fx ?? n.x ?? 0;
    xy[2 * i + 1] = n.fy ?? n.y ?? 0;
  });
  /** Nodes held where a person put them: shown there at once, whatever the worker last sent. */
  const pins = new Map<string, Point>();
  let cached: Map<string, Point> | null = null;
  /** The warm-up as the page sees it: asked to run and not yet finished or stopped. */
  let warming = false;
  /** Stop was asked: the progress bar stays until the worker says where it stopped. */
  let stopping = false;
  let local: { layout: Layout; runner: SimulationRunner } | null = null;
  /** Whether the warm-up has been started once (a later start carries on where a stop left it). */
  let begun = false;
  let frame: number | null = null;
  let earliestPaint = 0;

  const paintNow = () => {
    if (frame !== null) frames.cancel(frame);
    frame = null;
    const started = frames.now();
    hooks.paint();
    // A slow paint (a large SVG map) waits twice its own length before the next, so panning and
    // zooming keep most of each second however often the worker sends.
    earliestPaint = started + 2 * (frames.now() - started);
  };
  const paintSoon = () => {
    if (frame !== null) return;
    const tryPaint = () => {
      frame = null;
      if (frames.now() < earliestPaint) frame = frames.request(tryPaint);
      else paintNow();
    };
    frame = frames.request(tryPaint);
  };

  const goLocal = () => {
    if (local) return;
    worker?.terminate();
    worker = null;
    const layout = createLayout({ ...options, onTick: paintSoon });
    for (const [id, at] of pins) layout.pin(id, at);
    const runner = createSimulationRunner({ layout, sliceMs: settings.sliceMs, onSlice: hooks.paint, onProgress: hooks.onProgress, frames: settings.frames });
    local = { layout, runner };
    if (warming || stopping) {
      warming = stopping = false;
      layout.beginWarmUp();
      runner.start();
    }
  };

  const heard = (message: ForcePositions) => {
    xy = message.xy;
    cached = null;
    if ((warming || stopping) && !message.warming) {
      // The end of the warm-up (finished, or stopped where it was): painted before the bar goes.
      markLayout(stopping ? 'stopped' : 'settled');
      warming = stopping = false;
      paintNow();
      hooks.onProgress(message.progress, false);
      return;
    }
    if (warming) hooks.onProgress(message.progress, true);
    paintSoon();
  };

  let worker: WorkerLike | null = null;
  const send = (message: ToForceWorker) => {
    if (!worker) return;
    try {
      worker.postMessage(message);
    } catch {
      goLocal();
    }
  };
  try {
    worker = (settings.createWorker ?? moduleWorker)();
    worker.addEventListener('message', (event) => heard(event.data));
    worker.addEventListener('error', goLocal);
    worker.addEventListener('messageerror', goLocal);
    // The worker builds its simulation while the page paints the starting places.
    send({ type: 'init', options: { nodes: options.nodes, edges: options.edges, stageCount: options.stageCount, seed: options.seed, pinned: options.pinned, journey: start.journey } });
  } catch {
    goLocal();
  }

  const layout: LiveLayout = {
    positions() {
      if (local) return local.layout.positions();
      cached ??= timed('positions from the worker', () => {
        const fresh = new Map(ids.map((id, i) => [id, { x: xy[2 * i]!, y: xy[2 * i + 1]! }]));
        for (const [id, at] of pins) fresh.set(id, at);
        return fresh;
      });
      return cached;
    },
    geometry: () => start.geometry,
    pin(id, at) {
      pins.set(id, at);
      cached = null;
      if (local) local.layout.pin(id, at);
      else send({ type: 'pin', id, at });
    },
    release(id) {
      pins.delete(id);
      cached = null;
      if (local) local.layout.release(id);
      else send({ type: 'release', id });
    },
    hold(active) {
      if (local) local.layout.hold(active);
      else send({ type: 'hold', active });
    },
    reheat(alpha) {
      if (local) local.layout.reheat(alpha);
      else send({ type: 'reheat', alpha });
    },
    stop() {
      if (local) local.layout.stop();
      else send({ type: 'stop' });
    },
  };

  const runner: SimulationRunner = {
    start() {
      if (local) {
        if (!begun) local.layout.beginWarmUp();
        begun = true;
        return local.runner.start();
      }
      begun = true;
      if (warming) return;
      warming = true;
      send({ type: 'run' });
      // The bar shows at once, not when the worker's first chunk is done (a tick of a large map takes a while).
      hooks.onProgress(0, true);
    },
    stop() {
      if (local) return local.runner.stop();
      if (!warming) return;
      warming = false;
      stopping = true;
      send({ type: 'stop' });
    },
    running: () => (local ? local.runner.running() : warming),
  };

  return {
    layout,
    runner,
    dispose() {
      if (frame !== null) frames.cancel(frame);
      frame = null;
      worker?.terminate();
      worker = null;
      local?.runner.stop();
      local?.layout.stop();
    },
  };
}
