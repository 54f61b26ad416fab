import { snapZoom, usePortfolioOverlay, useViewStore, visibilityOf, type ViewStore } from '../store';
import { layoutOptionsForDataset } from './layout/layoutOptions';
import type { JourneyLayout } from './layout/journeyLayout';
import { placeMap } from './layout/placeMap';
import { createGlide } from './layout/glide';
import { createSvgPainter, LABEL_MIN_PX, type Painter, type PainterOptions } from './render/svgPainter';
import { createPinnedHeadings } from './render/pinnedHeadings';
import { mapCoveredBottom } from './coveredBottom';
import { createPanZoom, type PanZoom } from './zoom/createPanZoom';
import type { MapSession } from './mapSession';
import { ZOOM_STEP } from './zoomStep';
import { announceNode } from './nodeAppearance';
import { painterLooks } from './painterLooks';
import { createSceneDeriver } from './sceneOf';
import { provideLiveMap } from './liveMap';
import { afterMapPaint, mapDrawn } from './firstPaint';
import type { MapScene } from './render/scene';
import { wholeBounds } from './fitBounds';
import { takeRevealRequest } from './revealRequest';
import { readableAround } from './zoom/readableAround';
import { CHAR_EM, LABEL_FONT } from './layout/journeyLayout';
import { attachMapKeyboard } from './keyboard/mapKeyboard';
import type { DrawnMap, DrawStage } from './drawInStages';
import { pointerEvents } from './pointerEvents';
import { createMapFraming } from './mapFraming';

/**
 * A layout that places nodes by force (a published map with new nodes) runs at once up to this
 * much work (node-ticks: about 150 nodes' warm-up, a fifth of a second), so a published map with
 * a few additions still opens finished; beyond it, the map is drawn at once from its starting
 * places and settles in view, its simulation in a worker (a slice per frame here where workers
 * cannot run), with a progress bar and a Stop button. (Counting
 * links too sent a densely linked graph to the slices, where repainting its links every frame cost
 * more than settling it at once: measured on complete 60 placed by force, 1.0 s against 2.0 s.)
 */
const SYNC_WARM_UP_WORK = 45_000;
/** The longest one slice of layout may hold the main thread, in ms (where no worker can run it). */
const LAYOUT_SLICE_MS = 12;
/** How long nodes take to move from a large map's quick first placement to their journey places. */
const GLIDE_MS = 700;
const prefersReducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Lays out, paints and wires one picture of the map; returns what takes it all down again (drawInStages.ts). */
export function drawMap(session: MapSession, journey: JourneyLayout | undefined, stage: DrawStage = {}): DrawnMap {
  const { dataset, graph } = session;
  const { svg, root, headings: headingLayer, canvas, live } = session.elements;
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));
  const looks = painterLooks(dataset);
  const { outcome } = looks;
  // Nodes a person has dragged and dropped (published positions are the map's own, not marked).
  const pinned = new Set<string>();
  let painter: Painter | null = null;
  let alive = true;
  let shownPercent = -1;
  const glide = stage.glideFrom && !prefersReducedMotion() ? createGlide({ from: stage.glideFrom, ms: GLIDE_MS, paint: () => paintPositions() }) : null;
  const shown = () => (glide ? glide.blend(layout.positions()) : layout.positions());
  /** The scene the painter last got: a change makes a new one from it, with the changed parts new. */
  let scene: MapScene | null = null;
  const render = (patch: Partial<MapScene>) => {
    if (!painter || !scene) return;
    scene = { ...scene, ...patch };
    painter.render(scene);
  };
  const paintPositions = () => render({ positions: shown() });
  const placed = placeMap({
    layout: layoutOptionsForDataset(dataset, journey),
    still: stage.still,
    syncWork: SYNC_WARM_UP_WORK,
    sliceMs: LAYOUT_SLICE_MS,
    hooks: {
      paint: paintPositions,
      onProgress: (fraction, running) => {
        if (!alive) return;
        const percent = Math.floor(fraction * 100);
        if (running && percent === shownPercent) return;
        shownPercent = percent;
        session.onLayoutProgress(running ? { percent, nodes: graph.nodes.length } : null);
      },
    },
  });
  const { layout, runner } = placed;
  const geometry = layout.geometry();

  const view = useViewStore.getState();
  const visibilityNow = (s: ViewStore) => visibilityOf(dataset, s.filter, s.focus);
  const derive = createSceneDeriver(dataset, graph);
  /** Counts drags and releases: the pinned set changes in place. */
  let pinnedVersion = 0;
  // The portfolio overlay: drawn while the link says `portfolio=on` and a funder's grants are loaded.
  const moneyNow = () => (useViewStore.getState().portfolio ? usePortfolioOverlay.getState().overlay : null);
  const viewParts = () => derive(useViewStore.getState(), moneyNow(), pinned, pinnedVersion);
  const paintView = () => render(viewParts());

  const painterOptions: PainterOptions = {
    ...looks,
    root,
    geometry,
    animate: () => !prefersReducedMotion(),
    // The map's very first picture is painted before its nodes listen and its links take clicks (firstPaint.ts).
    pointable: afterMapPaint,
    events: pointerEvents({
      layout,
      runner,
      pinned,
      view,
      repaintMarks: () => {
        pinnedVersion++;
        paintView();
      },
    }),
  };
  /** What an export frames: the narrowed view, or the whole map (a phone's fit to two columns is the screen's, not the view's). */
  const viewBounds = () => framing.narrowed() ?? wholeBounds(geometry, layout.positions());
  const stageLabels = dataset.vocabularies.stages.map((s) => s.label);
  // A large map is drawn on canvas (SVG would be too slow to paint and pan); exports draw its scene as SVG either way.
  const { canvasRenderer } = session;
  if (canvasRenderer && canvas) {
    canvas.hidden = false;
    svg.classList.add('is-over-bitmap');
    painter = canvasRenderer(painterOptions, canvas);
  } else painter = createSvgPainter(painterOptions);
  // Nodes dropped where a shared link says, before the first paint.
  for (const pin of view.pins) {
    if (!nodeById.has(pin.id)) continue;
    layout.pin(pin.id, pin);
    pinned.add(pin.id);
  }
  const unsubscribeMoney = usePortfolioOverlay.subscribe(paintView);

  const headings = createPinnedHeadings(headingLayer, stageLabels, geometry, () => session.size.width || Infinity);
  let zoomer: PanZoom | null = null;
  const panZoom = createPanZoom({
    svg,
    target: root,
    onZoom: (transform) => {
      render({ transform: { x: transform.x, y: transform.y, k: transform.k } });
      headings(transform);
    },
    onPersonalZoomEnd: (transform) => {
      framing.leaveOwnFit();
      // Rest on the pixel grid the address can hold, so the link reopens this very picture.
      const snapped = snapZoom({ x: transform.x, y: transform.y, k: transform.k });
      if (snapped.x !== transform.x || snapped.y !== transform.y || snapped.k !== transform.k) zoomer?.set(snapped);
      view.setZoom(snapped);
    },
    reducedMotion: () => prefersReducedMotion(),
    viewSize: () => ({ clientWidth: session.size.width, clientHeight: session.size.height }),
    coveredBottom: mapCoveredBottom,
    // An SVG map glides to a fit as one picture; a map on canvas draws each step itself.
    ...(canvasRenderer && canvas ? {} : { glideLayer: svg, onGlide: headings }),
  });
  zoomer = panZoom;
  const framing = createMapFraming({ session, svg, panZoom, layout, geometry });
  // A link's zoom is shown exactly; otherwise the map fits itself.
  const linkedZoom = useViewStore.getState().zoom;
  if (linkedZoom) panZoom.set(linkedZoom);
  // A link that selects an item opens with it in sight, as clicking it would leave it.
  else framing.fit(Boolean(glide), true);
  // A node just added in the editor is brought into sight, as a selected one is (revealRequest.ts).
  const added = takeRevealRequest();
  const addedAt = added && visibilityNow(useViewStore.getState()).nodes.has(added) ? layout.positions().get(added) : undefined;
  if (addedAt) {
    // Close enough for its label to have room (zoomed out, labels give way, and it is linked to nothing yet).
    const closer = readableAround(addedAt, panZoom.current(), session.size, LABEL_MIN_PX / LABEL_FONT, geometry.labelChars * LABEL_FONT * CHAR_EM);
    if (closer) {
      const snapped = snapZoom(closer);
      panZoom.set(snapped);
      view.setZoom(snapped);
      framing.leaveOwnFit();
    } else panZoom.reveal(addedAt, 60);
  }
  // The first picture is painted once, with everything the link asks for, at the zoom it opens at
  // (so its labels are placed once, at their size).
  const opening = panZoom.current();
  scene = { ...viewParts(), positions: shown(), transform: { x: opening.x, y: opening.y, k: opening.k } };
  painter.render(scene);
  mapDrawn();
  // An export draws this scene, framed, whatever the screen shows by then (exportMap.ts).
  const stopExporting = provideLiveMap({ scene: () => scene, geometry, viewBounds, size: () => session.size });
  glide?.start();

  // The map is one tab stop: the selected node, else the outcome, else the first node drawn.
  const tabStopNow = () => {
    const { selectedId } = useViewStore.getState();
    const visible = visibilityNow(useViewStore.getState()).nodes;
    const choice = [selectedId, outcome].find((id) => id && visible.has(id) && nodeById.has(id));
    return choice ?? graph.nodes.find((n) => visible.has(n.id))?.id ?? null;
  };
  painter.setTabStop(tabStopNow());
  // The node a person was on in the quick first picture keeps the keyboard's focus in the finished one.
  if (stage.focus && nodeById.has(stage.focus)) painter.focusNode(stage.focus);
  const detachKeyboard = attachMapKeyboard({
    svg,
    nodeOfElement: (element) => painter?.nodeOfElement(element) ?? null,
    focusNode: (id) => painter?.focusNode(id),
    positions: () => {
      const visible = visibilityNow(useViewStore.getState()).nodes;
      return new Map([...layout.positions()].filter(([id]) => visible.has(id)));
    },
    onFocusNode: (id) => {
      painter?.setTabStop(id);
      // A node reached by the arrow keys is brought into sight, as one chosen in a panel is.
      const at = layout.positions().get(id);
      if (at) framing.reveal(at);
      const node = nodeById.get(id);
      if (node && live) live.textContent = announceNode(dataset, node);
    },
    onLeave: () => painter?.setTabStop(tabStopNow()),
    select: (id) => view.select(id),
    zoomBy: (factor) => panZoom.zoomBy(factor),
    zoomStep: ZOOM_STEP,
    fit: () => framing.fitAsked(true),
  });

  // A selected node that is off screen (chosen in a panel, say) is brought into view.
  const revealSelected = (state: { selectedId: string | null }, previous: { selectedId: string | null }) => {
    if (!state.selectedId || state.selectedId === previous.selectedId) return;
    const at = framing.selectedBox();
    if (at) framing.reveal(at);
  };
  const unsubscribe = useViewStore.subscribe((state, previous) => {
    const filtered = state.filter !== previous.filter;
    const traceChanged = state.loopId !== previous.loopId || state.path !== previous.path;
    // One paint for the whole change: a part the change did not touch is the same object, and is left alone.
    paintView();
    if (state.selectedId !== previous.selectedId || filtered || state.focus !== previous.focus) {
      if (!svg.contains(document.activeElement)) painter?.setTabStop(tabStopNow());
    }
    if (state.zoom !== previous.zoom && state.zoom) {
      framing.cancelFit();
      // Back, Forward or a story step brought another zoom: show it (the map's own zoom ends are no-ops here).
      const now = panZoom.current();
      if (Math.abs(now.x - state.zoom.x) > 1 || Math.abs(now.y - state.zoom.y) > 1 || Math.abs(now.k - state.zoom.k) > 0.001) panZoom.set(state.zoom);
      framing.leaveOwnFit();
    } else if (traceChanged || filtered || state.focus !== previous.focus) {
      // The last change's fit, if still moving, stops where it is: its frames would hold this change's picture back.
      panZoom.stop();
      // Its picture shows in the next frame; the fit to it starts after that (mapFraming.ts).
      framing.fitAfterPaint();
    }
    else if (state.centreRequest !== previous.centreRequest && state.selectedId) {
      const at = framing.selectedBox();
      if (at) panZoom.centreOn({ x: (at.x0 + at.x1) / 2, y: (at.y0 + at.y1) / 2 });
      framing.leaveOwnFit();
    } else revealSelected(state, previous);
  });

  // A panel opening, the window changing or a story card over the map: the map's own fit is made again, or the picture kept steady.
  const stopWatching = framing.watch();
  session.attach({ panZoom, fit: framing.fitAsked, runner });
  runner?.start();

  const undraw = () => {
    alive = false;
    runner?.stop();
    session.attach(null);
    if (runner) session.onLayoutProgress(null);
    stopWatching();
    unsubscribe();
    unsubscribeMoney();
    detachKeyboard();
    glide?.cancel();
    placed.dispose();
    panZoom.destroy();
    painter?.destroy();
    stopExporting();
    if (canvas) canvas.hidden = true;
    svg.classList.remove('is-over-bitmap');
  };
  const focused = () => {
    const active = document.activeElement;
    return active && svg.contains(active) ? (painter?.nodeOfElement(active) ?? null) : null;
  };
  return { undraw, positions: shown, focused };
}

