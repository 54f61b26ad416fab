import { LOOK } from './canvasStyle';
import type { ViewTransform } from './painter';

/** How much more than the screen a cached picture holds, each side, as a share of the screen. */
const MARGIN = 0.25;

export type Blit = 'exact' | 'scaled' | 'stale' | 'missed';

interface Picture {
  bitmap: HTMLCanvasElement;
  context: CanvasRenderingContext2D | null;
  key: string;
  at: ViewTransform;
  margin: { x: number; y: number };
}

const blank = (): Picture => {
  const bitmap = document.createElement('canvas');
  return { bitmap, context: bitmap.getContext('2d'), key: '', at: { x: 0, y: 0, k: 1 }, margin: { x: 0, y: 0 } };
};

/** Where a picture drawn at `at` (with `margin` round it) lands on a screen showing `now`, and how it fits. */
export function placement(at: ViewTransform, margin: { x: number; y: number }, now: ViewTransform) {
  const r = now.k / at.k;
  const sameScale = Math.abs(now.k - at.k) < 1e-9;
  const inside = Math.abs(now.x - at.x) <= margin.x && Math.abs(now.y - at.y) <= margin.y;
  // A cached pixel p shows where the layout point under it now lies: (p − at − margin)·r + now.
  return { r, sameScale, inside, left: (-at.x - margin.x) * r + now.x, top: (-at.y - margin.y) * r + now.y };
}

/**
 * The last drawn picture, a little larger than the screen, kept in an offscreen canvas (the
 * front), and a second one (the back) that a new picture is drawn into, a slice at a time, while
 * the front stays on screen; `commit` swaps them. A pan only moves the front (one drawImage,
 * whatever the map's size) until the view leaves what it holds; a zoom shows it scaled until the
 * zoom rests. While a new picture is being drawn, the old one is shown where it belongs ('stale').
 */
export function createFrameCache() {
  let front = blank();
  let back = blank();
  let has = false;

  return {
    /** Whether any picture has been drawn yet (before the first, there is nothing to show meanwhile). */
    hasPicture: () => has,
    /**
     * Shows the cached picture at `now`, if it can: exactly (a pan within it), scaled (a zoom), or
     * not at all ('missed'). With `orStale`, a picture of other content or beyond the pan margin
     * is shown anyway, where it belongs, on a plain background ('stale').
     */
    blit(target: CanvasRenderingContext2D, wanted: string, now: ViewTransform, dpr: number, orStale = false): Blit {
      if (!front.context || !has) return 'missed';
      const { r, sameScale, inside, left, top } = placement(front.at, front.margin, now);
      const fits = wanted === front.key && (!sameScale || inside);
      if (!fits && !orStale) return 'missed';
      target.setTransform(1, 0, 0, 1, 0, 0);
      target.fillStyle = LOOK.background;
      if (!sameScale || !inside) target.fillRect(0, 0, target.canvas.width, target.canvas.height);
      target.drawImage(front.bitmap, Math.round(left * dpr), Math.round(top * dpr), front.bitmap.width * r, front.bitmap.height * r);
      return !fits ? 'stale' : sameScale ? 'exact' : 'scaled';
    },
    /** Readies the back picture for drawing at `now`: its context and the transform and size to draw at. */
    begin(now: ViewTransform, width: number, height: number, dpr: number) {
      back.margin = { x: Math.round(width * MARGIN), y: Math.round(height * MARGIN) };
      const w = width + 2 * back.margin.x;
      const h = height + 2 * back.margin.y;
      if (back.bitmap.width !== Math.round(w * dpr)) back.bitmap.width = Math.round(w * dpr);
      if (back.bitmap.height !== Math.round(h * dpr)) back.bitmap.height = Math.round(h * dpr);
      back.at = { ...now };
      return { context: back.context, at: { x: now.x + back.margin.x, y: now.y + back.margin.y, k: now.k }, width: w, height: h };
    },
    /** The back picture is finished: it becomes the one shown. */
    commit(wanted: string) {
      back.key = wanted;
      [front, back] = [back, front];
      has = true;
    },
    /** Whether the front picture is `wanted` and holds the view at `now` sharp (nothing to redraw). */
    holds(wanted: string, now: ViewTransform) {
      const { sameScale, inside } = placement(front.at, front.margin, now);
      return has && wanted === front.key && sameScale && inside;
    },
  };
}
