import type { Point } from './createLayout';
import { timed } from './layoutTiming';
import { easeInOut } from '../easeInOut';

export interface Glide {
  /** Where each node is shown now: on its way from where it was towards `to`, or at `to` once the glide is over. */
  blend(to: ReadonlyMap<string, Point>): ReadonlyMap<string, Point>;
  /** Sets off (after the first paint, which shows every node where it was). */
  start(): void;
  cancel(): void;
}

export interface GlideOptions {
  /** Where the nodes were shown before (a first, quick placement). */
  from: ReadonlyMap<string, Point>;
  ms: number;
  /** Paints `blend(...)` of the current positions; called once a frame until the glide is over. */
  paint(): void;
  frames?: { request(run: () => void): number; cancel(id: number): void; now(): number };
}

const browserFrames = {
  request: (run: () => void) => requestAnimationFrame(run),
  cancel: (id: number) => cancelAnimationFrame(id),
  now: () => performance.now(),
};

/**
 * Moves the nodes of a map drawn at once from a quick placement to their real places, over
 * `ms`, so a person sees where each one went rather than a jump. A slow paint waits twice its own
 * length before the next, so the page still answers while a large map glides.
 */
export function createGlide(options: GlideOptions): Glide {
  const frames = options.frames ?? browserFrames;
  let started: number | null = null;
  let frame: number | null = null;
  let earliest = 0;
  const fraction = () => (started === null ? 0 : Math.min(1, (frames.now() - started) / options.ms));
  const step = () => {
    frame = null;
    const now = frames.now();
    if (now < earliest) {
      frame = frames.request(step);
      return;
    }
    const last = fraction() >= 1;
    options.paint();
    earliest = now + 2 * (frames.now() - now);
    if (!last) frame = frames.request(step);
  };
  return {
    start() {
      if (started !== null) return;
      started = frames.now();
      frame = frames.request(step);
    },
    blend(to) {
      const t = fraction();
      if (t >= 1) return to;
      const e = easeInOut(t);
      return timed('glide', () => {
        const out = new Map<string, Point>();
        for (const [id, at] of to) {
          const was = options.from.get(id);
          out.set(id, was ? { x: was.x + (at.x - was.x) * e, y: was.y + (at.y - was.y) * e } : at);
        }
        return out;
      });
    },
    cancel() {
      if (frame !== null) frames.cancel(frame);
      frame = null;
    },
  };
}
