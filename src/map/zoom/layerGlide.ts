import { easeInOut } from '../easeInOut';

/** A pan and zoom: a layout point p is drawn at k·p + (x, y) on screen. */
export interface Zoom {
  x: number;
  y: number;
  k: number;
}

/**
 * A glide of the whole picture as one layer, moved by the compositor: the map stays drawn where
 * the glide started and is drawn again only where it ends. Moving the map's group instead makes
 * the browser lay out every label again in every frame (their size on screen changes with the
 * scale), which held the page for a filter change made while the last change's fit was moving.
 */
export interface LayerGlide {
  /** Whether the layer is moved off where the map is drawn (gliding, or held where a glide stopped). */
  active(): boolean;
  /** What a person sees: the map drawn at `drawn`, moved by the layer. */
  shown(drawn: Zoom): Zoom;
  /** Moves the layer from what is shown now to `to` over `ms`; at the end, `arrived(to)` draws the map there (the layer is cleared in the same task, so no frame shows a gap). */
  start(drawn: Zoom, to: Zoom, ms: number, arrived: (to: Zoom) => void): void;
  /** Stops where it is: the layer stays put, nothing is drawn again. */
  hold(drawn: Zoom): void;
  /** Ends it where it is and clears the layer: returns what was shown, for the caller to draw, or null when nothing was moved. */
  release(drawn: Zoom): Zoom | null;
}

/** Keyframes sampled along the easing curve: the browser moves linearly between them, as `easedAt` works out. */
const STEPS = 12;
const EASED = Array.from({ length: STEPS + 1 }, (_, i) => easeInOut(i / STEPS));

const lerp = (a: Zoom, b: Zoom, e: number): Zoom => ({ x: a.x + (b.x - a.x) * e, y: a.y + (b.y - a.y) * e, k: a.k + (b.k - a.k) * e });

/** The screen-space move that takes the picture drawn at `drawn` to where `shown` puts it, as a CSS transform (its origin the layer's top left). */
function cssMove(shown: Zoom, drawn: Zoom): string {
  const k = shown.k / drawn.k;
  return `translate(${shown.x - k * drawn.x}px, ${shown.y - k * drawn.y}px) scale(${k})`;
}

/** Eased progress at a fraction of the time, exactly as the keyframes interpolate it. */
function easedAt(fraction: number): number {
  const at = Math.min(Math.max(fraction, 0), 1) * STEPS;
  const i = Math.min(Math.floor(at), STEPS - 1);
  return EASED[i]! + (EASED[i + 1]! - EASED[i]!) * (at - i);
}

/** `onFrame` hears what is shown in each frame of a glide, for what stays in screen space over the layer (the stage headings). */
export function createLayerGlide(layer: HTMLElement | SVGSVGElement, onFrame?: (shown: Zoom) => void): LayerGlide {
  let moving: { animation: Animation; from: Zoom; to: Zoom; ms: number; frame: number } | null = null;
  let held: Zoom | null = null;

  const shownNow = (drawn: Zoom): Zoom => {
    if (moving) return lerp(moving.from, moving.to, easedAt(Number(moving.animation.currentTime ?? 0) / moving.ms));
    return held ?? drawn;
  };
  const clear = () => {
    if (moving) cancelAnimationFrame(moving.frame);
    moving?.animation.cancel();
    moving = null;
    held = null;
    layer.style.transform = '';
    layer.style.overflow = '';
  };

  return {
    active: () => moving !== null || held !== null,
    shown: shownNow,
    start(drawn, to, ms, arrived) {
      const from = shownNow(drawn);
      clear();
      layer.style.transformOrigin = '0 0';
      // What lies beyond the element's box moves in with it (its container clips); at rest it is clipped as before.
      layer.style.overflow = 'visible';
      const keyframes = EASED.map((e, i) => ({ offset: i / STEPS, transform: cssMove(lerp(from, to, e), drawn) }));
      const animation = layer.animate(keyframes, { duration: ms, fill: 'forwards' });
      const glide = { animation, from, to, ms, frame: 0 };
      moving = glide;
      const step = () => {
        if (moving !== glide) return;
        onFrame?.(shownNow(drawn));
        glide.frame = requestAnimationFrame(step);
      };
      if (onFrame) glide.frame = requestAnimationFrame(step);
      animation.onfinish = () => {
        if (moving !== glide) return;
        // The layer cleared and the map drawn where it ended, in one task: no frame shows the gap.
        clear();
        arrived(to);
      };
    },
    hold(drawn) {
      if (!moving) return;
      const at = shownNow(drawn);
      clear();
      held = at;
      layer.style.transform = cssMove(at, drawn);
      layer.style.overflow = 'visible';
    },
    release(drawn) {
      if (!moving && !held) return null;
      const at = shownNow(drawn);
      clear();
      return at;
    },
  };
}
