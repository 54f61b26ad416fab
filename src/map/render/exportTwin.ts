import type { MapEdge, MapNode } from '../../analysis';
import type { Point } from '../layout/createLayout';
import { createPinnedHeadings } from './pinnedHeadings';
import { curvedEdge } from './edgeGeometry';
import { visibleBox } from './canvasView';
import type { DisplayState, PaintedHighlight, PaintedMoney, PaintedVisibility, Painter, PainterOptions, ViewTransform } from './painter';
import { createSvgPainter } from './svgPainter';
import { exportFrame, type ExportFrame } from './exportFrame';
import type { Box } from '../layout/box';

/** The map as SVG elements, for an export to copy: the live <svg>, or a twin drawn for the purpose. */
export interface MapForExport {
  svg: SVGSVGElement;
  /** Takes a twin away again (nothing to do for the live map). */
  dispose(): void;
}

/** What an export shows: what the view is about, framed (the default), or the map exactly as on screen. */
export type ExportFraming = 'view' | 'screen';

/** Draws the map as SVG for an export: in a frame, or (none given) as the screen shows it. */
type TwinSource = (frame: ExportFrame | null) => MapForExport;

let twinSource: TwinSource | null = null;
let boundsSource: (() => Box) | null = null;

/** The drawn map says how to draw its SVG twin and what its view is about; null for both when it goes. */
export function provideExportTwin(source: TwinSource | null, viewBounds: (() => Box) | null): void {
  twinSource = source;
  boundsSource = viewBounds;
}

/** What an export copies: the map drawn for it (framed, or as on screen), or the live SVG map, or null with no map shown. */
export function mapForExport(framing: ExportFraming = 'view'): MapForExport | null {
  if (twinSource) return twinSource(framing === 'view' && boundsSource ? exportFrame(boundsSource()) : null);
  const live = document.querySelector<SVGSVGElement>('svg.map-canvas');
  return live ? { svg: live, dispose: () => {} } : null;
}

/** The live SVG map as on screen, or its twin in a frame: what an SVG map gives an export. */
export function svgMapTwin(live: SVGSVGElement, options: Omit<PainterOptions, 'root' | 'events'>, record: PainterRecord, stageLabels: readonly string[]): TwinSource {
  return (frame) => (frame ? drawSvgTwin(live, options, record, stageLabels, frame) : { svg: live, dispose: () => {} });
}

/** Everything a painter was last told, to paint the same picture again elsewhere. */
export interface PainterRecord {
  positions: ReadonlyMap<string, Point>;
  visibility: PaintedVisibility | null;
  display: DisplayState | null;
  highlight: PaintedHighlight | null;
  impact: ReadonlyMap<string, number> | null;
  money: PaintedMoney | null;
  transform: ViewTransform;
}

/** Wraps a painter so that what it was last told can be replayed (by the export twin). */
export function recordingPainter(inner: Painter): { painter: Painter; record: PainterRecord } {
  const record: PainterRecord = { positions: new Map(), visibility: null, display: null, highlight: null, impact: null, money: null, transform: { x: 0, y: 0, k: 1 } };
  const painter: Painter = {
    ...inner,
    setHighlight: (h) => inner.setHighlight((record.highlight = h)),
    setImpact: (i) => inner.setImpact((record.impact = i)),
    setMoney: (m) => inner.setMoney((record.money = m)),
    updatePositions: (p) => inner.updatePositions((record.positions = p)),
    setVisibility: (v) => inner.setVisibility((record.visibility = v)),
    setDisplay: (d) => inner.setDisplay((record.display = d)),
    setTransform: (t) => inner.setTransform((record.transform = { x: t.x, y: t.y, k: t.k })),
  };
  return { painter, record };
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/**
 * The most nodes an export draws to frame the view: about where the map itself leaves SVG for
 * canvas. Framing a 5,000-node map whole took 16 s (measured, headless Chromium), a wait Ctrl+P
 * cannot show progress for; the part on screen takes a moment.
 */
const MAX_FRAMED_NODES = 1_000;

/**
 * Draws the map as SVG, with the SVG painter, in a hidden <svg> beside the live one (so the page's
 * styles apply, and exports copy them as they do from an SVG map): the frame given, or the part
 * the screen shows. Only nodes in the picture and links crossing it are drawn: a 5,000-node map
 * needs no 5,000 elements for it.
 */
export function drawSvgTwin(live: SVGSVGElement, options: Omit<PainterOptions, 'root' | 'events'>, record: PainterRecord, stageLabels: readonly string[], wanted: ExportFrame | null = null): MapForExport {
  const framed = wanted && inView(options.nodes, options.edges, record.positions, visibleBox(wanted.transform, wanted.width, wanted.height));
  // A frame holding more nodes than SVG draws in a moment (a large map, whole) gives way to the part on screen.
  const frame = framed && framed.nodes.length <= MAX_FRAMED_NODES ? wanted : null;
  const width = frame?.width ?? live.clientWidth;
  const height = frame?.height ?? live.clientHeight;
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'map-canvas map-export-twin');
  svg.setAttribute('aria-hidden', 'true');
  svg.style.cssText = `position:absolute;left:0;top:0;width:${width}px;height:${height}px;pointer-events:none;clip-path:inset(100%)`;
  const root = document.createElementNS(SVG_NS, 'g');
  const headings = document.createElementNS(SVG_NS, 'g');
  headings.setAttribute('class', 'map-headings');
  svg.append(root, headings);
  live.after(svg);

  const { positions } = record;
  const transform = frame?.transform ?? record.transform;
  const { nodes, edges } = frame && framed ? framed : inView(options.nodes, options.edges, positions, visibleBox(transform, width, height));
  root.setAttribute('transform', `translate(${transform.x},${transform.y}) scale(${transform.k})`);
  const none = () => {};
  const painter = createSvgPainter({
    ...options,
    nodes,
    edges,
    root,
    animate: () => false,
    events: { onSelect: none, onHover: none, onDragStart: none, onDrag: none, onDragEnd: none, onRelease: none },
  });
  painter.batch(() => {
    painter.updatePositions(positions);
    if (record.visibility) painter.setVisibility(record.visibility);
    painter.setHighlight(record.highlight);
    painter.setImpact(record.impact);
    painter.setMoney(record.money);
    if (record.display) painter.setDisplay(record.display);
    painter.setTransform(transform);
  });
  createPinnedHeadings(headings, stageLabels, options.geometry, () => width)(transform);
  return {
    svg,
    dispose() {
      painter.destroy();
      svg.remove();
    },
  };
}

/** The nodes on screen, the links whose curves cross it, and the far ends of those links. */
function inView(allNodes: readonly MapNode[], allEdges: readonly MapEdge[], positions: ReadonlyMap<string, Point>, box: ReturnType<typeof visibleBox>) {
  const inside = (p: Point | undefined) => !!p && p.x >= box.x0 && p.x <= box.x1 && p.y >= box.y0 && p.y <= box.y1;
  const keep = new Set(allNodes.filter((n) => inside(positions.get(n.id))).map((n) => n.id));
  const edges = allEdges.filter((e) => {
    if (keep.has(e.from) || keep.has(e.to)) return true;
    const a = positions.get(e.from);
    const b = positions.get(e.to);
    if (!a || !b) return false;
    const c = curvedEdge(a, b, 0, 0);
    const xs = [c.start.x, c.control.x, c.end.x];
    const ys = [c.start.y, c.control.y, c.end.y];
    return Math.max(...xs) >= box.x0 && Math.min(...xs) <= box.x1 && Math.max(...ys) >= box.y0 && Math.min(...ys) <= box.y1;
  });
  const ends = new Set(edges.flatMap((e) => [e.from, e.to]));
  return { nodes: allNodes.filter((n) => keep.has(n.id) || ends.has(n.id)), edges };
}
