import type { MapEdge } from '../../analysis';
import { nodeRadius } from '../nodeGeometry';
import { drawBands } from './canvasBands';
import { edgeSlices } from './canvasEdges';
import { createFocusStandIn } from './canvasFocus';
import { createCanvasLabels } from './canvasLabels';
import { createNodeDrawer } from './canvasNodes';
import { attachCanvasPointer } from './canvasPointer';
import { LOOK } from './canvasStyle';
import { visibleBox, type CanvasScene } from './canvasView';
import { createHitTester, type HitTester } from './hitTest';
import { createFrameCache } from './frameCache';
import { createTaskQueue, runAll, runSlices } from './sliceRunner';
import { createSliceQuota, WHOLE, type SliceQuota } from './sliceQuota';
import { markedName } from './nodeMarks';
import type { Painter, PainterOptions, ViewTransform } from './painter';
import { changedParts, emptyScene, type MapScene } from './scene';

/** Canvases a painter has drawn on: a painter that takes one over has a picture to leave up meanwhile. */
const pictured = new WeakSet<HTMLCanvasElement>();

/** A zoom that has rested this long is drawn sharp again. */
const SHARPEN_AFTER_MS = 120;
/** About how long one task may spend drawing a new picture into the cache before it lets the page move on. */
const SLICE_BUDGET_MS = 10;

export interface CanvasPainterOptions extends PainterOptions {
  /** The bitmap the map is drawn on, under the <svg> that holds `root`. */
  canvas: HTMLCanvasElement;
}

/**
 * Paints the map on one Canvas 2D bitmap: for large maps, where an element per item is too slow
 * to paint and pan. Any change asks for a frame; a frame draws at most once per animation frame,
 * only what is on screen, links and nodes batched into one path per look. Pointing goes through
 * quadtrees (hitTest.ts); the keyboard through one focusable stand-in (canvasFocus.ts).
 */
export function createCanvasPainter(options: CanvasPainterOptions): Painter {
  const { canvas, root } = options;
  const surface = root.ownerSVGElement;
  const context = canvas.getContext('2d');
  if (!surface || !context) throw new Error('The canvas map needs its <svg> and a 2D canvas.');
  const ctx = context;
  const fontFamily = getComputedStyle(canvas).fontFamily || 'sans-serif';
  const radius = new Map(options.nodes.map((n) => [n.id, nodeRadius(n)]));
  const radiusOf = (id: string) => radius.get(id) ?? 8;
  const nodeById = new Map(options.nodes.map((n) => [n.id, n]));
  const hasInterventions = options.nodes.some((n) => n.kind === 'intervention');

  let { positions, transform, display, highlight, impact, money, visibility } = emptyScene(options);
  let tabStop: string | null = null;
  let focused = false;
  // Bumped when what labels and hit-testing are computed from changes, so each is redone only then.
  let version = 0;
  // Bumped when only how things look changes (hover, selection, what-if): a new picture, same labels' inputs.
  let look = 0;
  let drawnEdges: readonly MapEdge[] = [];
  let hits: { version: number; tester: HitTester } | null = null;

  const refreshDrawnEdges = () => {
    drawnEdges = options.edges.filter((e) => visibility.edges.has(e.id) && (e.kind === 'link' || display.actionsFor.has(e.from) || display.actionsFor.has(e.to)));
  };
  refreshDrawnEdges();

  const drawNodes = createNodeDrawer(options);
  const drawLabels = createCanvasLabels({ nodes: options.nodes, geometry: options.geometry, outcome: options.outcome, radiusOf, fontFamily });
  const standIn = createFocusStandIn(root, {
    onFocus: (id) => {
      focused = true;
      options.events.onHover(id);
      request();
    },
    onBlur: () => {
      focused = false;
      options.events.onHover(null);
      request();
    },
    onActivate: (id) => options.events.onSelect(id),
  });

  const size = { width: canvas.clientWidth, height: canvas.clientHeight, dpr: 0 };
  function fitBitmap() {
    const dpr = window.devicePixelRatio || 1;
    const width = Math.max(1, Math.round(size.width * dpr));
    const height = Math.max(1, Math.round(size.height * dpr));
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    size.dpr = dpr;
  }
  const resizes = new ResizeObserver(() => {
    size.width = canvas.clientWidth;
    size.height = canvas.clientHeight;
    // Drawn now, before the browser shows the cleared bitmap.
    draw();
  });
  resizes.observe(canvas);

  function scene(at: ViewTransform): CanvasScene {
    return {
      nodes: options.nodes,
      positions,
      visibility,
      display,
      highlight,
      impact,
      money,
      transform: at,
      focusedId: focused ? tabStop : null,
      outcome: options.outcome,
      radiusOf,
      drawnEdges,
    };
  }

  /**
   * Draws the whole picture at a transform onto a context `width` × `height` CSS pixels big,
   * yielding between its costly parts (bands, runs of edges, nodes, label placement, runs of
   * labels), so it can be drawn over several tasks. What it draws is fixed when it starts.
   */
  function* paint(target: CanvasRenderingContext2D, at: ViewTransform, width: number, height: number, dpr: number, quota: SliceQuota): Generator<string | void, void, void> {
    const now = scene(at);
    const base = () => target.setTransform(dpr * at.k, 0, 0, dpr * at.k, dpr * at.x, dpr * at.y);
    target.setTransform(1, 0, 0, 1, 0, 0);
    target.globalAlpha = 1;
    target.fillStyle = LOOK.background;
    target.fillRect(0, 0, target.canvas.width, target.canvas.height);
    base();
    const view = visibleBox(at, width, height);
    drawBands(target, options.geometry, hasInterventions, at.k, fontFamily);
    yield* edgeSlices(target, now, view, quota);
    yield 'edges-end';
    base();
    yield* drawNodes(target, now, view, quota);
    yield 'nodes';
    yield* drawLabels(target, now, view, dpr, quota);
  }

  const cache = createFrameCache();
  // Slices are sized to take about half the budget each, so a task seldom runs past it.
  const quota = createSliceQuota(SLICE_BUDGET_MS / 2, { curves: 2000, obstacles: 2000, placing: 200 });
  let sharpen = 0;
  /** The picture being drawn into the cache's back bitmap, a slice per task, while the last one stays on screen. */
  let job: { key: string; at: ViewTransform; target: CanvasRenderingContext2D; steps: Generator<string | void, void, void> } | null = null;
  const tasks = createTaskQueue(() => {
    if (!job) return;
    const { target } = job;
    // Reading a pixel makes the browser draw the slice's pixels now, in this task, not all at once later.
    let begun = performance.now();
    const done = runSlices(job.steps, SLICE_BUDGET_MS, () => performance.now(), () => {
      target.getImageData(0, 0, 1, 1);
      const now = performance.now();
      quota.report(now - begun);
      begun = now;
    });
    if (!done) return tasks.post();
    cache.commit(job.key);
    job = null;
    draw();
  });

  const keyNow = () => `${version}|${look}|${focused}|${size.width}x${size.height}@${size.dpr}`;

  /** Starts drawing the picture for `key` at `at` in slices, unless it is shown or one is being drawn (then it is looked at again when that one is done). */
  function startPicture(key: string, at: ViewTransform) {
    if (job || cache.holds(key, at)) return;
    const { width, height, dpr } = size;
    const back = cache.begin(at, width, height, dpr);
    if (!back.context) return;
    job = { key, at: { ...at }, target: back.context, steps: paint(back.context, back.at, back.width, back.height, dpr, quota) };
    tasks.post();
  }

  function draw() {
    // Drawn now (a resize draws at once): a frame already asked for has nothing left to do.
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    if ((window.devicePixelRatio || 1) !== size.dpr || canvas.width !== Math.round(size.width * size.dpr)) fitBitmap();
    const { dpr, width, height } = size;
    const key = keyNow();
    if (!cache.hasPicture() && !pictured.has(canvas)) {
      // The first picture on this canvas is drawn at once: there is nothing to show while it is drawn.
      // (A painter taking over a canvas, as when a quick placement gives way to the finished
      // layout, leaves the last picture there while its own is drawn in slices.)
      const back = cache.begin(transform, width, height, dpr);
      if (back.context) runAll(paint(back.context, back.at, back.width, back.height, dpr, WHOLE));
      cache.commit(key);
      pictured.add(canvas);
    }
    if (!cache.hasPicture()) {
      startPicture(key, transform);
      return;
    }
    const shown = cache.blit(ctx, key, transform, dpr, true);
    if (shown === 'scaled') {
      // Mid-zoom, the last picture is shown scaled; a sharp one follows once the zoom rests.
      clearTimeout(sharpen);
      sharpen = window.setTimeout(() => startPicture(keyNow(), transform), SHARPEN_AFTER_MS);
    } else if (shown === 'stale') startPicture(key, transform);
    canvas.dataset.drawnNodes = String(visibility.nodes.size);
  }

  let frame = 0;
  function request() {
    if (frame) return;
    frame = requestAnimationFrame(draw);
  }

  const detachPointer = attachCanvasPointer({
    root,
    surface,
    hits: () => {
      if (hits?.version !== version) {
        const shown = options.nodes.filter((n) => visibility.nodes.has(n.id));
        hits = { version, tester: createHitTester(shown, drawnEdges, positions, radiusOf) };
      }
      return hits.tester;
    },
    scale: () => transform.k,
    positionOf: (id) => positions.get(id),
    events: options.events,
  });

  /** The stand-in's name says what its node's marks show, as SVG's nodes do (nodeMarks.ts). */
  function placeStandIn() {
    const node = tabStop ? nodeById.get(tabStop) : undefined;
    const name = node
      ? markedName(options.describe(node), { step: highlight?.steps.get(node.id), effect: impact?.get(node.id) ?? 0, money: money?.words.get(node.id) }, highlight?.kind)
      : '';
    standIn.set(node ? node.id : null, name, node ? positions.get(node.id) : undefined, node ? radiusOf(node.id) : 0, node?.id === display.selectedId);
  }

  function setTabStop(id: string | null) {
    if (id === tabStop) return;
    tabStop = id;
    placeStandIn();
    if (focused && id) options.events.onHover(id);
    request();
  }

  /** The scene last painted: a part that is the very same object needs no drawing again. */
  let painted: MapScene | null = null;

  return {
    render(next) {
      const changed = changedParts(painted, next);
      const before = display;
      painted = next;
      ({ positions, visibility, display, highlight, impact, money } = next);
      transform = { x: next.transform.x, y: next.transform.y, k: next.transform.k };
      // What labels and hit-testing are computed from: they are redone only when it changes.
      if (changed.has('visibility') || changed.has('positions') || changed.has('highlight')) version++;
      if (changed.has('visibility') || display.actionsFor !== before.actionsFor) {
        refreshDrawnEdges();
        version++;
      }
      // Only how things look: a new picture, from the same labels' inputs.
      if (changed.has('display') || changed.has('impact') || changed.has('money')) look++;
      if (changed.has('highlight') || changed.has('impact') || changed.has('money') || changed.has('positions') || display.selectedId !== before.selectedId) placeStandIn();
      request();
    },
    setTabStop,
    nodeOfElement: (element) => standIn.nodeOf(element),
    focusNode(id) {
      setTabStop(id);
      if (!standIn.hasFocus()) standIn.focus();
    },
    destroy() {
      cancelAnimationFrame(frame);
      clearTimeout(sharpen);
      tasks.stop();
      job = null;
      resizes.disconnect();
      detachPointer();
      standIn.destroy();
      // The picture stays: a painter that takes over the canvas shows it until its own is drawn
      // (the map hides the canvas when no painter follows).
    },
  };
}
