import type { MapEdge, MapNode } from '../../analysis';
import type { Point } from '../layout/createLayout';
import { createPinnedHeadings } from './pinnedHeadings';
import { curvedEdge } from './edgeGeometry';
import { visibleBox } from './canvasView';
import type { PainterOptions } from './painter';
import type { MapScene } from './scene';
import { createSvgPainter } from './svgPainter';
import type { ExportFrame } from './exportFrame';
import { applyLooks } from './svgLooks';
import { COLOURS } from '../tokens';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The map drawn as SVG for an export to copy, carrying its own look, off the page, and what lets it go. */
export interface MapForExport {
  svg: SVGSVGElement;
  width: number;
  height: number;
  /** What the map is drawn on (map.css gives the page's map the same token). */
  background: string;
  dispose(): void;
}

/** What drawing a scene as SVG needs besides the scene: the painter's options without its live parts. */
export type SceneSvgOptions = Omit<PainterOptions, 'root' | 'events' | 'animate'> & { stageLabels: readonly string[] };

/**
 * Draws a scene as SVG, with the SVG painter, in the frame given: whatever painter draws the map on
 * screen, and whether or not the map is on screen at all. Every element carries its look as
 * presentation attributes (svgLooks.ts applies map.css's rules itself), so the picture needs neither
 * the page's stylesheet nor the page: it is never added to the document (a legend swatch takes a
 * node's box from its geometry, markExtent.ts, not from measuring it), so nothing
 * on the page changes, is read aloud or is found by `svg.map-canvas` while an export is made.
 * Only nodes in the frame and links crossing it are drawn: a 5,000-node map needs no 5,000
 * elements for a part of it.
 */
export function drawSceneSvg(options: SceneSvgOptions, scene: MapScene, frame: ExportFrame): MapForExport {
  const { width, height, transform } = frame;
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'map-canvas');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  const root = document.createElementNS(SVG_NS, 'g');
  const headings = document.createElementNS(SVG_NS, 'g');
  headings.setAttribute('class', 'map-headings');
  svg.append(root, headings);
  root.setAttribute('transform', `translate(${transform.x},${transform.y}) scale(${transform.k})`);
  const { nodes, edges } = inView(options.nodes, options.edges, scene.positions, visibleBox(transform, width, height));
  const none = () => {};
  const painter = createSvgPainter({
    ...options,
    nodes,
    edges,
    root,
    animate: () => false,
    events: { onSelect: none, onHover: none, onDragStart: none, onDrag: none, onDragEnd: none, onRelease: none },
  });
  painter.render({ ...scene, transform });
  createPinnedHeadings(headings, options.stageLabels, options.geometry, () => width)(transform);
  applyLooks(svg);
  return {
    svg,
    width,
    height,
    background: COLOURS.mapBackground,
    // Nothing to take off the page: only the painter's own work (timers, transitions) to stop.
    dispose() {
      painter.destroy();
    },
  };
}

/** How many of these nodes a frame holds (what an export would draw). */
export function nodesInFrame(nodes: readonly MapNode[], positions: ReadonlyMap<string, Point>, frame: ExportFrame): number {
  const box = visibleBox(frame.transform, frame.width, frame.height);
  return nodes.filter((n) => inside(box, positions.get(n.id))).length;
}

const inside = (box: ReturnType<typeof visibleBox>, p: Point | undefined) => !!p && p.x >= box.x0 && p.x <= box.x1 && p.y >= box.y0 && p.y <= box.y1;

/** The nodes on screen, the links whose curves cross it, and the far ends of those links. */
function inView(allNodes: readonly MapNode[], allEdges: readonly MapEdge[], positions: ReadonlyMap<string, Point>, box: ReturnType<typeof visibleBox>) {
  const keep = new Set(allNodes.filter((n) => inside(box, positions.get(n.id))).map((n) => n.id));
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
