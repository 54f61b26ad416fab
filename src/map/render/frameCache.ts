import { LOOK } from './canvasStyle';
import type { ViewTransform } from './painter';

/** How much more than the screen a cached picture holds, each side, as a share of the screen. */
const MARGIN = 0.25;

export type Blit = 'exact' | 'scaled' | 'missed';

/**
 * The last drawn picture, a little larger than the screen, kept in an offscreen canvas. A pan
 * only moves it (one drawImage, whatever the map's size) until the view leaves what it holds;
 * a zoom shows it scaled until the zoom rests. Anything else that changes the picture (its key)
 * draws it anew.
 */
export function createFrameCache() {
  const bitmap = document.createElement('canvas');
  const context = bitmap.getContext('2d');
  let key = '';
  let at: ViewTransform = { x: 0, y: 0, k: 1 };
  let margin = { x: 0, y: 0 };

  return {
    /** Shows the cached picture at `now`, if it can: exactly (a pan within it), scaled (a zoom), or not at all. */
    blit(target: CanvasRenderingContext2D, wanted: string, now: ViewTransform, dpr: number): Blit {
      if (!context || wanted !== key) return 'missed';
      const dx = now.x - at.x;
      const dy = now.y - at.y;
      const sameScale = Math.abs(now.k - at.k) < 1e-9;
      if (sameScale && (Math.abs(dx) > margin.x || Math.abs(dy) > margin.y)) return 'missed';
      const r = now.k / at.k;
      target.setTransform(1, 0, 0, 1, 0, 0);
      target.fillStyle = LOOK.background;
      if (!sameScale) target.fillRect(0, 0, target.canvas.width, target.canvas.height);
      // A cached pixel p shows where the layout point under it now lies: (p − at − margin)·r + now.
      const left = (-at.x - margin.x) * r + now.x;
      const top = (-at.y - margin.y) * r + now.y;
      target.drawImage(bitmap, Math.round(left * dpr), Math.round(top * dpr), bitmap.width * r, bitmap.height * r);
      return sameScale ? 'exact' : 'scaled';
    },
    /** Draws the picture at `now` into the cache, with room round it for panning. */
    draw(wanted: string, now: ViewTransform, width: number, height: number, dpr: number, render: (ctx: CanvasRenderingContext2D, at: ViewTransform, width: number, height: number, dpr: number) => void) {
      if (!context) return;
      margin = { x: Math.round(width * MARGIN), y: Math.round(height * MARGIN) };
      const w = width + 2 * margin.x;
      const h = height + 2 * margin.y;
      if (bitmap.width !== Math.round(w * dpr)) bitmap.width = Math.round(w * dpr);
      if (bitmap.height !== Math.round(h * dpr)) bitmap.height = Math.round(h * dpr);
      render(context, { x: now.x + margin.x, y: now.y + margin.y, k: now.k }, w, h, dpr);
      at = { ...now };
      key = wanted;
    },
    /** The next frame draws anew (a zoom has rested: its scaled picture is replaced by a sharp one). */
    forget() {
      key = '';
    },
  };
}
