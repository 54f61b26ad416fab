import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

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
}

/** The map's box on screen, when already known (reading it from the page can force a layout). */
export interface ViewSize {
  clientWidth: number;
  clientHeight: number;
}

export interface PanZoom {
  zoomBy(factor: number): void;
  /** Shows the bounds whole, in the view less a strip on the right (kept clear for the zoom buttons). */
  fit(bounds: Bounds, animate?: boolean, clearRight?: number, view?: ViewSize): void;
  /** Moves the view by screen pixels (keeps the picture steady when the map's box resizes). */
  panBy(dx: number, dy: number): void;
  /** Pans the least that brings a layout point inside the view, `margin` pixels clear of its edges. */
  reveal(point: { x: number; y: number }, margin: number): void;
  /** Moves a layout point to the middle of the view, keeping the zoom. */
  centreOn(point: { x: number; y: number }): void;
  /** Shows exactly this zoom (from a link), without animation. */
  set(zoom: { x: number; y: number; k: number }, view?: ViewSize): void;
  current(): { x: number; y: number; k: number };
  destroy(): void;
}

const DURATION_MS = 250;

/** The scale at which "fit" shows bounds in a view, with a little margin; never closer than 2×. */
export function fitScale(bounds: Bounds, view: { width: number; height: number }): number {
  return Math.min(view.width / Math.max(bounds.x1 - bounds.x0, 1), view.height / Math.max(bounds.y1 - bounds.y0, 1), 2) * 0.995;
}

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
  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>().scaleExtent([0.15, 6]);
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

  return {
    zoomBy(factor) {
      personal = true;
      svg.transition().duration(duration()).call(behaviour.scaleBy, factor);
    },
    fit(bounds, animate = true, clearRight = 0, view) {
      const box = view ?? options.viewSize?.() ?? options.svg;
      const width = Math.max((box.clientWidth || 800) - clearRight, 100);
      const height = box.clientHeight || 600;
      const k = fitScale(bounds, { width, height });
      const t = zoomIdentity
        .translate(width / 2, height / 2)
        .scale(k)
        .translate(-(bounds.x0 + bounds.x1) / 2, -(bounds.y0 + bounds.y1) / 2);
      if (animate) svg.transition().duration(duration()).call(behaviour.transform, t);
      else withView(view, () => svg.call(behaviour.transform, t));
    },
    panBy(dx, dy) {
      svg.call(behaviour.translateBy, dx / current.k, dy / current.k);
    },
    centreOn(point) {
      svg.transition().duration(duration()).call(behaviour.translateTo, point.x, point.y);
    },
    reveal(point, margin) {
      const { clientWidth: width, clientHeight: height } = options.viewSize?.() ?? options.svg;
      const [sx, sy] = current.apply([point.x, point.y]);
      // Pan only as far as needed (keeping a wider margin on the right, where a factor's label is), so the picture stays familiar.
      const right = Math.min(margin * 3, width / 3);
      const dx = sx < margin ? margin - sx : sx > width - right ? width - right - sx : 0;
      const dy = sy < margin ? margin - sy : sy > height - margin ? height - margin - sy : 0;
      if (dx === 0 && dy === 0) return;
      svg.transition().duration(duration()).call(behaviour.translateBy, dx / current.k, dy / current.k);
    },
    set({ x, y, k }, view) {
      withView(view, () => svg.interrupt().call(behaviour.transform, zoomIdentity.translate(x, y).scale(k)));
    },
    current: () => ({ x: current.x, y: current.y, k: current.k }),
    destroy() {
      svg.on('.zoom', null);
    },
  };
}
