import { createLayout, type Layout, type LayoutOptions, type Point } from './createLayout';

/**
 * The force layout's side of the worker conversation, as plain functions of messages, so it can be
 * tested without a Worker (forceWorker.ts only wires it to `postMessage`).
 *
 * The worker builds the very layout the main thread would (createLayout, same seed, same ticks in
 * the same order) and runs its warm-up in chunks of about a frame, sending every node's position
 * after each chunk; between chunks it reads the page's messages (a drag's pin and hold, Stop).
 */

/** What the page sends. Options cross as plain data (no callbacks): nodes, edges, seed, pins, journey. */
export type ToForceWorker =
  | { type: 'init'; options: Omit<LayoutOptions, 'onTick'> }
  /** Begins the warm-up (after any pins a shared link asks for, so they shape it as they would here). */
  | { type: 'run' }
  | { type: 'pin'; id: string; at: Point }
  | { type: 'release'; id: string }
  | { type: 'hold'; active: boolean }
  | { type: 'reheat'; alpha?: number }
  /** Stops the warm-up and any motion where they are; answered with the positions they stopped at. */
  | { type: 'stop' };

/**
 * Every node's position, x then y, in the order of `options.nodes` (a transferable buffer, so
 * nothing is copied). Float64, so the page holds exactly the numbers the worker computed and the
 * settled picture is the synchronous layout's to the last bit.
 */
export interface ForcePositions {
  type: 'positions';
  xy: Float64Array;
  /** How far the warm-up has come, 0 to 1. */
  progress: number;
  /** True while the warm-up is still running. */
  warming: boolean;
}

export interface ForceSessionDeps {
  post(message: ForcePositions, transfer: Transferable[]): void;
  /** Runs `work` soon, after any messages waiting (a macrotask). */
  later(work: () => void): void;
  now(): number;
}

/** About a frame: the page hears from the worker this often while the warm-up runs. */
export const CHUNK_MS = 16;

export function createForceSession(deps: ForceSessionDeps): { handle(message: ToForceWorker): void } {
  let layout: Layout | null = null;
  let ids: readonly string[] = [];
  let warming = false;
  /** Each chunk is numbered, so a chunk queued before a Stop never runs after it. */
  let generation = 0;

  const send = () => {
    if (!layout) return;
    const positions = layout.positions();
    const xy = new Float64Array(ids.length * 2);
    ids.forEach((id, i) => {
      const at = positions.get(id);
      xy[2 * i] = at?.x ?? 0;
      xy[2 * i + 1] = at?.y ?? 0;
    });
    deps.post({ type: 'positions', xy, progress: warming ? layout.progress() : 1, warming }, [xy.buffer]);
  };

  const chunk = (mine: number) => {
    if (!layout || !warming || mine !== generation) return;
    const started = deps.now();
    let done: boolean;
    // One tick at a time, so a chunk ends soon after its time is spent (a tick of 5,000 nodes takes tens of ms).
    do done = layout.warmUp(1);
    while (!done && deps.now() - started < CHUNK_MS);
    if (done) warming = false;
    send();
    if (!done) deps.later(() => chunk(mine));
  };

  const halt = () => {
    generation++;
    warming = false;
    layout?.stop();
  };

  return {
    handle(message) {
      switch (message.type) {
        case 'init':
          halt();
          ids = message.options.nodes.map((n) => n.id);
          // Ticks after a drag or a reheat (d3's own timer, here in the worker) are sent as they come.
          layout = createLayout({ ...message.options, onTick: send });
          return;
        case 'run':
          if (!layout) return;
          halt();
          layout.beginWarmUp();
          warming = true;
          deps.later(() => chunk(generation));
          return;
        case 'stop':
          halt();
          send();
          return;
        case 'pin':
          layout?.pin(message.id, message.at);
          return;
        case 'release':
          layout?.release(message.id);
          return;
        case 'hold':
          // The person takes over: a warm-up still running gives way to the drag.
          if (message.active && warming) halt();
          layout?.hold(message.active);
          return;
        case 'reheat':
          layout?.reheat(message.alpha);
          return;
      }
    },
  };
}
