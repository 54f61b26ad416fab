import type { Point } from './layout/createLayout';
import type { JourneyLayout } from './layout/journeyLayout';

/** A drawn map: what takes it down again, where its nodes are shown, and which has the keyboard. */
export interface DrawnMap {
  undraw(): void;
  positions(): ReadonlyMap<string, Point>;
  /** The node that has the keyboard's focus, if one has. */
  focused(): string | null;
}

/** How a picture is to be drawn: `still`, a first picture with no simulation; `glideFrom`, where nodes were shown before. */
export interface DrawStage {
  still?: boolean;
  glideFrom?: ReadonlyMap<string, Point>;
  /** The node to give the keyboard's focus once drawn (the one a person was on). */
  focus?: string | null;
}

export interface StagedDrawing {
  /** Whether the journey layout is worth computing in a worker (a large map). */
  offThread: boolean;
  /** Code the drawing needs first (the canvas renderer, the simulation), or null when nothing is to wait for. */
  loadFirst: Promise<unknown> | null;
  /** Columns in list order: a placement quick enough to draw at once while the worker works. */
  quickLayout(): JourneyLayout;
  journeyInWorker(signal: AbortSignal): Promise<JourneyLayout>;
  draw(journey: JourneyLayout | undefined, stage?: DrawStage): DrawnMap;
}

const NOTHING_DRAWN: DrawnMap = { undraw: () => {}, positions: () => new Map(), focused: () => null };

/**
 * Draws the map in the stages its size needs, and returns what takes it down. A small map (the
 * bundled one among them) is laid out and painted at once, in this task. Otherwise the map is drawn
 * as soon as its renderer has loaded: from a quick placement while the worker computes the journey
 * layout, then its nodes glide to their places when the worker answers. Selection, filters and
 * pins live in the view store, so they carry over; the node with the keyboard's focus keeps it.
 */
export function drawInStages(options: StagedDrawing): () => void {
  if (!options.loadFirst && !options.offThread) return options.draw(undefined).undraw;
  const stop = new AbortController();
  let drawn = NOTHING_DRAWN;
  const firstDrawn = (options.loadFirst ?? Promise.resolve()).then(() => {
    if (stop.signal.aborted) return;
    drawn = options.offThread ? options.draw(options.quickLayout(), { still: true }) : options.draw(undefined);
  });
  if (options.offThread) {
    void Promise.all([options.journeyInWorker(stop.signal), firstDrawn]).then(([journey]) => {
      // Only once the first picture has been on screen (a worker that answers during its long paint
      // would otherwise replace it before the browser ever showed it).
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (stop.signal.aborted) return;
          const from = drawn.positions();
          const focus = drawn.focused();
          drawn.undraw();
          drawn = options.draw(journey, { glideFrom: from, focus });
        }),
      );
    });
  }
  return () => {
    stop.abort();
    drawn.undraw();
  };
}
