/**
 * Whether the map has been on screen yet, for what can wait for it (the legend's many swatches):
 * the first picture is drawn and painted with nothing else to build, and the rest follows a frame
 * later (the bundled map's first paint, bench/first-load.ts).
 */
let painted = false;
const waiting = new Set<() => void>();

function release(): void {
  painted = true;
  for (const done of [...waiting]) done();
  waiting.clear();
}

/** Called once the map's first picture is in the page: the frame that shows it is painted, then the waiting are told. */
export function mapDrawn(): void {
  if (painted) return;
  requestAnimationFrame(() => setTimeout(release));
}

/**
 * Called when the page opens on a view without the map (a link to the table, say): no first
 * picture is coming, so what waits for one (the details panel, the print sheet's code) is told at
 * once rather than after the longest wait.
 */
export function noMapToPaint(): void {
  if (!painted) release();
}

export const mapPainted = () => painted;

/** Calls `done` once the map's first picture has been painted (at once if it has); returns what cancels that. */
export function afterMapPaint(done: () => void): () => void {
  if (painted) {
    done();
    return () => {};
  }
  waiting.add(done);
  return () => waiting.delete(done);
}

/** A map that has not painted within this long (another view shown, a large map still loading its renderer) is waited for no longer. */
const LONGEST_WAIT_MS = 1500;

/**
 * Calls `done` once, a frame after the map's first picture has been painted (or after
 * LONGEST_WAIT_MS, whichever is first); returns what cancels that. For what the page builds beside
 * the map (the legend, the details panel, the print sheet's code): the frame after the first
 * picture is left to the map's own pointer handling and to a person's first input, not to them.
 */
export function soonAfterMapPaint(done: () => void): () => void {
  if (painted) {
    done();
    return () => {};
  }
  let frame = 0;
  let next: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(timer);
    clearTimeout(next);
    cancelAnimationFrame(frame);
    waiting.delete(aFrameLater);
  };
  const once = () => {
    stop();
    done();
  };
  const aFrameLater = () => {
    frame = requestAnimationFrame(() => {
      next = setTimeout(once);
    });
  };
  const timer = setTimeout(once, LONGEST_WAIT_MS);
  waiting.add(aFrameLater);
  return stop;
}
