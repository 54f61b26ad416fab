/**
 * Runs a layout's warm-up off the critical path: a slice of ticks per animation frame, each slice
 * `sliceMs` long (or as long as the last paint took, if that was longer: then at least half of
 * each frame goes to the layout), so the page answers clicks and keys while a large map settles.
 * The ticks are the same ones, in the same order, as a synchronous run: only when they happen
 * changes, so the settled picture is the same however the frames fall.
 *
 * This is the one seam between the map and where its layout runs: forceOffThread.ts stands a
 * runner that steps the simulation in a Web Worker behind the same interface, and falls back to
 * this one where no worker can start.
 */
export interface Steppable {
  /** Runs at most `ticks` more ticks of the warm-up; true once it has finished. */
  warmUp(ticks: number): boolean;
  /** How far the warm-up has come, 0 to 1. */
  progress(): number;
}

export interface RunnerOptions {
  layout: Steppable;
  /** The longest a slice may hold the main thread, in ms. */
  sliceMs: number;
  /** After each slice: paint the new positions. */
  onSlice(): void;
  /** After each slice and at the end: how far it has come, and whether it is still running. */
  onProgress(fraction: number, running: boolean): void;
  /** The browser's by default; tests pass their own. */
  frames?: { request(run: () => void): number; cancel(id: number): void; now(): number };
}

export interface SimulationRunner {
  start(): void;
  /** Stops where it is: the nodes stay where the last slice left them. */
  stop(): void;
  running(): boolean;
}

const browserFrames = {
  request: (run: () => void) => requestAnimationFrame(run),
  cancel: (id: number) => cancelAnimationFrame(id),
  now: () => performance.now(),
};

export function createSimulationRunner(options: RunnerOptions): SimulationRunner {
  const frames = options.frames ?? browserFrames;
  let frame: number | null = null;
  /** How long the last paint took: ticking gets at least as long, so a big map's paints cannot starve its layout. */
  let paintMs = 0;
  const slice = () => {
    frame = null;
    const started = frames.now();
    const budget = Math.max(options.sliceMs, paintMs);
    let done: boolean;
    // One tick at a time, so a slice ends as soon as its time is spent (a tick of 1,000 nodes is a few ms).
    do done = options.layout.warmUp(1);
    while (!done && frames.now() - started < budget);
    const painting = frames.now();
    options.onSlice();
    paintMs = frames.now() - painting;
    if (!done) frame = frames.request(slice);
    options.onProgress(done ? 1 : options.layout.progress(), !done);
  };
  return {
    start() {
      if (frame === null) frame = frames.request(slice);
    },
    stop() {
      if (frame === null) return;
      frames.cancel(frame);
      frame = null;
      options.onProgress(options.layout.progress(), false);
    },
    running: () => frame !== null,
  };
}
