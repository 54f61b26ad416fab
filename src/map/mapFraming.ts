import { useViewStore } from '../store';
import type { Layout, LayoutGeometry, Point } from './layout/createLayout';
import { LABEL_MIN_PX } from './render/svgPainter';
import { PINNED_HEADING_ROOM } from './render/pinnedHeadings';
import { onMapCoverChange } from './coveredBottom';
import type { Bounds, PanZoom } from './zoom/createPanZoom';
import type { MapSession } from './mapSession';
import { labelOverhang, readablePartBounds, wholeBounds } from './fitBounds';
import { readablePartAllowed, wholeMapFromNowOn } from './openingView';
import { narrowedBounds, selectedItemBox } from './viewBounds';

/** Room kept clear on the right of a fitted view for the zoom buttons, so they never cover a label. */
export const TOOLBAR_ROOM = 52;
/** Room kept round an item brought into sight. */
const REVEAL_MARGIN = 60;

/**
 * How the map frames itself: its own fit (the whole journey, a phone's readable part, or what a
 * trace, a focus or a filter leaves), kept while nobody moves the view, made again when the map's
 * box or a story card over it changes, and items brought into sight. Whether the picture is still
 * the map's own fit is kept here: a pan, a zoom or a reveal ends it, and a resize then keeps the
 * middle and the selected item in sight instead of fitting again.
 */
export interface MapFraming {
  /** Fits the map's own view; `keepSelected` keeps the selected item in it (a link that selects one). */
  fit(animate: boolean, keepSelected?: boolean): void;
  /** Fit asked for (the button, the keyboard): every shown node in the frame, however narrow the map. */
  fitAsked(animate: boolean): void;
  /**
   * Fits once the next frame is painted: a filter, focus or trace shows its picture first, and the
   * fit's first step (which re-places every label at a new scale) does not hold it back a frame.
   */
  fitAfterPaint(): void;
  /** Forgets a fit waiting for a frame (another zoom came). */
  cancelFit(): void;
  /** Pans the least that brings a point or box into sight: the view is the person's from then on. */
  reveal(at: Point | Bounds): void;
  /** The selected item's box (a link's two ends), if one is selected and placed. */
  selectedBox(): Bounds | null;
  /** What a trace, a focus or a filter leaves, framed; null when the view shows the whole map. */
  narrowed(): Bounds | null;
  /** The view was moved by a person, a link or a story: a resize no longer fits it again. */
  leaveOwnFit(): void;
  /** Watches the map's box and any card floating over it; returns what stops watching. */
  watch(): () => void;
}

export interface FramingOptions {
  session: MapSession;
  svg: SVGSVGElement;
  panZoom: PanZoom;
  layout: Pick<Layout, 'positions'>;
  geometry: LayoutGeometry;
}

export function createMapFraming({ session, svg, panZoom, layout, geometry }: FramingOptions): MapFraming {
  const { dataset } = session;
  let ownFit = false;
  let fitFrame = 0;
  const narrowed = () => narrowedBounds(dataset, useViewStore.getState(), layout.positions(), geometry);
  const selectedBox = () => selectedItemBox(dataset, useViewStore.getState().selectedId, layout.positions());

  const fit = (animate: boolean, keepSelected = false) => {
    const room = { width: (session.size.width || 800) - TOOLBAR_ROOM, height: session.size.height || 600 };
    // A phone's first view shows the readable part of the journey; once the whole has been shown, always the whole (openingView.ts).
    const part = readablePartAllowed() ? readablePartBounds(dataset, geometry, layout.positions(), room, LABEL_MIN_PX) : null;
    if (!part) wholeMapFromNowOn();
    const few = narrowed();
    panZoom.fit(few ?? part ?? wholeBounds(geometry, layout.positions()), {
      animate,
      clearRight: TOOLBAR_ROOM,
      // The whole journey has its headings above its columns; a few nodes' view has them pinned over its top.
      clearTop: few ? PINNED_HEADING_ROOM : 0,
      keep: keepSelected ? (selectedBox() ?? undefined) : undefined,
      labelOverhang: (k) => labelOverhang(geometry.labelChars, k),
    });
    // A fit is the map's own view again: the address no longer holds a zoom.
    useViewStore.getState().setZoom(null);
    ownFit = !keepSelected || !useViewStore.getState().selectedId;
  };

  const cancelFit = () => {
    cancelAnimationFrame(fitFrame);
    fitFrame = 0;
  };

  /** When a panel opens or the window changes: the map's own fit is made again; otherwise the middle stays the middle and the selected item stays in sight. */
  const onResize = () => {
    const next = { width: svg.clientWidth, height: svg.clientHeight };
    const size = session.size;
    if (next.width === size.width && next.height === size.height) return;
    // The map's own fit, nothing selected (a notice above it came or went, the window changed): fit again, so every node stays in sight.
    if (ownFit && !useViewStore.getState().selectedId) {
      session.size = next;
      fit(false);
      return;
    }
    panZoom.panBy((next.width - size.width) / 2, (next.height - size.height) / 2);
    session.size = next;
    const at = selectedBox();
    if (at) panZoom.reveal(at, REVEAL_MARGIN);
  };

  return {
    fit,
    fitAsked(animate) {
      wholeMapFromNowOn();
      fit(animate);
    },
    fitAfterPaint() {
      cancelAnimationFrame(fitFrame);
      fitFrame = requestAnimationFrame(() => {
        fitFrame = requestAnimationFrame(() => {
          fitFrame = 0;
          fit(true);
        });
      });
    },
    cancelFit,
    reveal(at) {
      ownFit = false;
      panZoom.reveal(at, REVEAL_MARGIN);
    },
    selectedBox,
    narrowed,
    leaveOwnFit() {
      ownFit = false;
    },
    watch() {
      const resizes = new ResizeObserver(onResize);
      resizes.observe(svg);
      // A card floating over the map (a story's) came, went or changed height: the map's own fit is made again above it.
      const stopCoverWatch = onMapCoverChange(() => {
        if (ownFit) fit(false);
      });
      return () => {
        cancelFit();
        resizes.disconnect();
        stopCoverWatch();
      };
    },
  };
}
