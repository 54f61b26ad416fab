import type { MapEdge } from '../../analysis';
import type { Point } from '../layout/createLayout';
import { nodeRadius } from '../nodeSize';
import { drawBands } from './canvasBands';
import { drawEdges } from './canvasEdges';
import { createFocusStandIn } from './canvasFocus';
import { createCanvasLabels } from './canvasLabels';
import { createNodeDrawer } from './canvasNodes';
import { attachCanvasPointer } from './canvasPointer';
import { LOOK } from './canvasStyle';
import { visibleBox, type CanvasScene } from './canvasView';
import type { DisplayState } from './displayState';
import { createHitTester, type HitTester } from './hitTest';
import { createFrameCache } from './frameCache';
import { markedName } from './nodeMarks';
import type { PaintedHighlight, PaintedVisibility, Painter, PainterOptions, ViewTransform } from './painter';

/** A zoom that has rested this long is drawn sharp again. */
const SHARPEN_AFTER_MS = 120;

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

  let positions: ReadonlyMap<string, Point> = new Map();
  let transform: ViewTransform = { x: 0, y: 0, k: 1 };
  let display: DisplayState = { hoveredId: null, selectedId: null, neighbours: new Map(), pinned: new Set(), actionsFor: new Set() };
  let highlight: PaintedHighlight | null = null;
  let impact: ReadonlyMap<string, number> | null = null;
  let visibility: PaintedVisibility = {
    nodes: new Set(options.nodes.map((n) => n.id)),
    edges: new Set(options.edges.map((e) => e.id)),
    dimmed: new Set(),
  };
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
      transform: at,
      focusedId: focused ? tabStop : null,
      outcome: options.outcome,
      radiusOf,
      drawnEdges,
    };
  }

  /** Draws the whole picture at a transform onto a context `width` × `height` CSS pixels big. */
  function render(target: CanvasRenderingContext2D, at: ViewTransform, width: number, height: number, dpr: number) {
    const now = scene(at);
    target.setTransform(1, 0, 0, 1, 0, 0);
    target.globalAlpha = 1;
    target.fillStyle = LOOK.background;
    target.fillRect(0, 0, target.canvas.width, target.canvas.height);
    target.setTransform(dpr * at.k, 0, 0, dpr * at.k, dpr * at.x, dpr * at.y);
    const view = visibleBox(at, width, height);
    drawBands(target, options.geometry, hasInterventions, at.k, fontFamily);
    drawEdges(target, now, view);
    drawNodes(target, now, view);
    drawLabels(target, now, view, dpr);
  }

  const cache = createFrameCache();
  let sharpen = 0;

  function draw() {
    // Drawn now (a resize draws at once): a frame already asked for has nothing left to do.
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    if ((window.devicePixelRatio || 1) !== size.dpr || canvas.width !== Math.round(size.width * size.dpr)) fitBitmap();
    const { dpr, width, height } = size;
    const key = `${version}|${look}|${focused}|${width}x${height}@${dpr}`;
    const shown = cache.blit(ctx, key, transform, dpr);
    if (shown === 'scaled') {
      // Mid-zoom, the last picture is shown scaled; a sharp one follows once the zoom rests.
      clearTimeout(sharpen);
      sharpen = window.setTimeout(() => {
        cache.forget();
        request();
      }, SHARPEN_AFTER_MS);
    } else if (shown === 'missed') {
      cache.draw(key, transform, width, height, dpr, render);
      cache.blit(ctx, key, transform, dpr);
    }
    canvas.dataset.drawnNodes = String(visibility.nodes.size);
  }

  let frame = 0;
  let held = 0;
  function request() {
    if (held > 0 || frame) return;
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
      ? markedName(options.describe(node), { step: highlight?.steps.get(node.id), effect: impact?.get(node.id) ?? 0 }, highlight?.kind)
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

  const changed = () => {
    version++;
    request();
  };

  return {
    setHighlight(next) {
      highlight = next;
      placeStandIn();
      changed();
    },
    setImpact(next) {
      impact = next;
      placeStandIn();
      look++;
      request();
    },
    updatePositions(next) {
      positions = next;
      placeStandIn();
      changed();
    },
    setVisibility(next) {
      visibility = next;
      refreshDrawnEdges();
      changed();
    },
    setDisplay(state) {
      const edgesChange = state.actionsFor !== display.actionsFor;
      const selectionChange = state.selectedId !== display.selectedId;
      display = state;
      if (edgesChange) {
        refreshDrawnEdges();
        version++;
      }
      if (selectionChange) placeStandIn();
      look++;
      request();
    },
    setTransform(next) {
      transform = { x: next.x, y: next.y, k: next.k };
      request();
    },
    setTabStop,
    nodeOfElement: (element) => standIn.nodeOf(element),
    focusNode(id) {
      setTabStop(id);
      if (!standIn.hasFocus()) standIn.focus();
    },
    batch(changes) {
      held++;
      try {
        changes();
      } finally {
        held--;
      }
      request();
    },
    destroy() {
      cancelAnimationFrame(frame);
      clearTimeout(sharpen);
      resizes.disconnect();
      detachPointer();
      standIn.destroy();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
    },
  };
}
