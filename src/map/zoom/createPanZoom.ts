import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { revealShift, type RevealMargins } from './revealShift';
import { createLayerGlide } from './layerGlide';

export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PanZoomOptions {
  svg: SVGSVGElement;
  /** The group that moves and scales. */
  target: SVGGElement;
  onZoom(transform: ZoomTransform): void;
  /** A zoom or pan the person made (wheel, drag, pinch, the zoom buttons or keys) has come to rest. */
  onPersonalZoomEnd?(transform: ZoomTransform): void;
  reducedMotion(): boolean;
  /**
   * The view's size as the caller last saw it (a ResizeObserver's), when it keeps one: used instead
   * of asking the page, which in the frame after a change makes the browser lay out every changed
   * element at once.
   */
  viewSize?(): ViewSize;
  /** How many pixels at the view's bottom a floating card covers (a story's): fits and reveals keep what they show above it. */
  coveredBottom?(): number;
  /**
   * The element a fit glides as one picture (layerGlide.ts), the map drawn again only where the
   * glide ends: an SVG map's own element. Without it (a map on canvas, which draws each frame
   * cheaply), the map is drawn at every step.
   */
  glideLayer?: HTMLElement | SVGSVGElement;
  /** What is shown in each frame of a layer's glide (the map is not drawn again until it ends). */
  onGlide?(shown: { x: number; y: number; k: number }): void;
}

/** The map's box on screen, when already known (reading it from the page can force a layout). */
export interface ViewSize {
  clientWidth: number;
  clientHeight: number;
}

export interface FitOptions {
  /** Moves there smoothly (unless motion is reduced); otherwise at once. */
  animate?: boolean;
  /** A strip on the right kept clear (for the zoom buttons), in pixels. */
  clearRight?: number;
  /** A strip at the top kept clear (for the stage headings pinned there), in pixels. */
  clearTop?: number;
  view?: ViewSize;
  /** An item (the selected one) then panned the least into sight, as `reveal` would; the view, when the fit cannot hold it whole. */
  keep?: Bounds;
  /**
   * How far labels reach past the bounds' right edge on screen at a scale, in pixels: labels keep
   * a readable size however far the map is zoomed out, so a small scale needs more room for them.
   */
  labelOverhang?(k: number): number;
}

export interface PanZoom {
  zoomBy(factor: number): void;
  /** Shows the bounds whole (see FitOptions). */
  fit(bounds: Bounds, options?: FitOptions): void;
  /** Moves the view by screen pixels (keeps the picture steady when the map's box resizes). */
  panBy(dx: number, dy: number): void;
  /** Pans the least that brings a layout point (or box: a link's two ends) inside the view, `margin` pixels clear of its edges. */
  reveal(point: { x: number; y: number } | Bounds, margin: number): void;
  /** Moves a layout point to the middle of the view, keeping the zoom. */
  centreOn(point: { x: number; y: number }): void;
  /** Shows exactly this zoom (from a link), without animation. */
  set(zoom: { x: number; y: number; k: number }, view?: ViewSize): void;
  current(): { x: number; y: number; k: number };
  /** Stops an animated move where it is (a new one is on its way). */
  stop(): void;
  destroy(): void;
}

const DURATION_MS = 250;
/** How far a person may zoom out and in; Fit may go further out, so a map of any size fits whole. */
const SCALE_EXTENT: [number, number] = [0.15, 6];
/** Room kept around the item a fitted view must show (a link's selection): less than a reveal's, so a whole-map fit rarely moves. */
const KEEP_MARGIN = 24;
/** Room (layout units) around an item that a fitted view is narrowed to: a node's mark and the start of its label. */
const KEEP_ROOM = 60;
/** Room kept around an item brought into sight from outside the view. */
const REVEAL_MARGIN = 60;

/** The scale at which "fit" shows bounds in a view, with a little margin; never closer than 2×. */
export function fitScale(bounds: Bounds, view: { width: number; height: number }): number {
  return Math.min(view.width / Math.max(bounds.x1 - bounds.x0, 1), view.height / Math.max(bounds.y1 - bounds.y0, 1), 2) * 0.995;
}

/** Room kept around a revealed item: wider on the right, where a factor's label is. */
const revealMargins = (margin: number, width: number): RevealMargins => ({ margin, right: Math.min(margin * 3, width / 3) });
/** A layout box on screen under a transform. */
const onScreen = (t: ZoomTransform, box: Bounds): Bounds => {
  const [x0, y0] = t.apply([box.x0, box.y0]);
  const [x1, y1] = t.apply([box.x1, box.y1]);
  return { x0, y0, x1, y1 };
};
const asBounds = (p: { x: number; y: number } | Bounds): Bounds => ('x0' in p ? p : { x0: p.x, y0: p.y, x1: p.x, y1: p.y });

/** d3-zoom behind a small factory: React creates it in an effect and calls these methods. */
export function createPanZoom(options: PanZoomOptions): PanZoom {
  const svg = select(options.svg);
  let current = zoomIdentity;
  // Zooms started by the buttons or keys are the person's too, though d3 sees no input event.
  let personal = false;
  // The view's size when the caller knows it: d3-zoom's own extent reads it from the page, which
  // right after a first paint makes the browser lay out every new element inside this task.
  let knownView: ViewSize | undefined;
  const withView = (view: ViewSize | undefined, run: () => void) => {
    knownView = view;
    try {
      run();
    } finally {
      knownView = undefined;
    }
  };
  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>().scaleExtent(SCALE_EXTENT);
  const pageExtent = behaviour.extent();
  behaviour
    .extent(function (this: SVGSVGElement, ...args: unknown[]) {
      const view = knownView ?? options.viewSize?.();
      if (!view) return pageExtent.apply(this, args as never);
      return [
        [0, 0],
        [view.clientWidth || 800, view.clientHeight || 600],
      ];
    })
    .on('zoom', (event: { transform: ZoomTransform }) => {
      current = event.transform;
      options.target.setAttribute('transform', current.toString());
      options.onZoom(current);
    })
    .on('end', (event: { transform: ZoomTransform; sourceEvent: unknown }) => {
      if (event.sourceEvent || personal) options.onPersonalZoomEnd?.(event.transform);
      personal = false;
    });
  svg.call(behaviour).on('dblclick.zoom', null);

  const duration = () => (options.reducedMotion() ? 0 : DURATION_MS);
  const layer = options.glideLayer && typeof options.glideLayer.animate === 'function' ? createLayerGlide(options.glideLayer, options.onGlide) : null;
  /** Draws the map at a pan and zoom at once. */
  const drawAt = (at: { x: number; y: number; k: number }) => svg.call(behaviour.transform, zoomIdentity.translate(at.x, at.y).scale(at.k));
  /** A fit's glide, moving or held, ends where it is shown: the map is drawn there, so what comes next starts from what a person sees. */
  const settle = () => {
    const at = layer?.release(current);
    if (at) drawAt(at);
  };
  // A person's wheel, drag or pinch starts from the picture they see (the capture phase runs before d3's own listeners).
  const GESTURES = ['wheel', 'mousedown', 'touchstart'] as const;
  for (const type of GESTURES) options.svg.addEventListener(type, settle, { capture: true, passive: true });

  return {
    zoomBy(factor) {
      settle();
      personal = true;
      svg.transition().duration(duration()).call(behaviour.scaleBy, factor);
    },
    fit(bounds, { animate = true, clearRight = 0, clearTop = 0, view, keep, labelOverhang } = {}) {
      const box = view ?? options.viewSize?.() ?? options.svg;
      const uncovered = Math.max((box.clientHeight || 600) - (options.coveredBottom?.() ?? 0), 100);
      const top = Math.min(clearTop, uncovered / 4);
      const height = uncovered - top;
      const clear = Math.max((box.clientWidth || 800) - clearRight, 100);
      const width = labelOverhang ? Math.max(clear - labelOverhang(fitScale(bounds, { width: clear, height })), 100) : clear;
      // An item to keep that the fitted view cannot hold whole (a long link's two ends) is the view itself.
      const keepAround = keep && { x0: keep.x0 - KEEP_ROOM, y0: keep.y0 - KEEP_ROOM, x1: keep.x1 + KEEP_ROOM, y1: keep.y1 + KEEP_ROOM };
      const wholeScale = fitScale(bounds, { width, height });
      const keepFits = !keepAround || ((keepAround.x1 - keepAround.x0) * wholeScale <= width && (keepAround.y1 - keepAround.y0) * wholeScale <= height);
      if (!keepFits && keepAround) bounds = keepAround;
      const k = keepFits ? wholeScale : fitScale(bounds, { width, height });
      behaviour.scaleExtent([Math.min(SCALE_EXTENT[0], k), SCALE_EXTENT[1]]);
      const fitted = zoomIdentity
        .translate(width / 2, top + height / 2)
        .scale(k)
        .translate(-(bounds.x0 + bounds.x1) / 2, -(bounds.y0 + bounds.y1) / 2);
      const full = { width: box.clientWidth || 800, height: uncovered };
      // Left where the fit put it when already in sight; otherwise brought as far in as a reveal brings it.
      const kept = keep ? onScreen(fitted, keep) : null;
      const near = kept ? revealShift(kept, full, revealMargins(KEEP_MARGIN, full.width)) : { dx: 0, dy: 0 };
      const shift = kept && (near.dx !== 0 || near.dy !== 0) ? revealShift(kept, full, revealMargins(REVEAL_MARGIN, full.width)) : near;
      const t = zoomIdentity.translate(fitted.x + shift.dx, fitted.y + shift.dy).scale(k);
      if (animate && layer && duration() > 0) {
        svg.interrupt();
        layer.start(current, t, duration(), drawAt);
        return;
      }
      settle();
      if (animate) svg.transition().duration(duration()).call(behaviour.transform, t);
      else withView(view, () => svg.call(behaviour.transform, t));
    },
    panBy(dx, dy) {
      settle();
      svg.call(behaviour.translateBy, dx / current.k, dy / current.k);
    },
    centreOn(point) {
      settle();
      svg.transition().duration(duration()).call(behaviour.translateTo, point.x, point.y);
    },
    reveal(point, margin) {
      settle();
      const { clientWidth: width, clientHeight } = options.viewSize?.() ?? options.svg;
      const height = Math.max(clientHeight - (options.coveredBottom?.() ?? 0), 2 * margin + 1);
      const { dx, dy } = revealShift(onScreen(current, asBounds(point)), { width, height }, revealMargins(margin, width));
      if (dx === 0 && dy === 0) return;
      svg.transition().duration(duration()).call(behaviour.translateBy, dx / current.k, dy / current.k);
    },
    set({ x, y, k }, view) {
      layer?.release(current);
      withView(view, () => svg.interrupt().call(behaviour.transform, zoomIdentity.translate(x, y).scale(k)));
    },
    current: () => {
      const shown = layer?.shown(current) ?? current;
      return { x: shown.x, y: shown.y, k: shown.k };
    },
    stop() {
      svg.interrupt();
      layer?.hold(current);
    },
    destroy() {
      layer?.release(current);
      for (const type of GESTURES) options.svg.removeEventListener(type, settle, { capture: true });
      svg.on('.zoom', null);
    },
  };
}
