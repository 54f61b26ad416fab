import type { MapEdge } from '../../analysis';
import { arrowLength, DETAIL_MIN_PX, edgeStyle, type EdgeEmphasis, type EdgeStyle } from './canvasStyle';
import { fadedOf } from './displayState';
import { curvedEdge, pointOnCurve, type EdgeCurve } from './edgeGeometry';
import type { Box } from './labelPlacement';
import type { CanvasScene } from './canvasView';
import { WHOLE, zoomBand, type SliceQuota } from './sliceQuota';
import { runAll } from './sliceRunner';

interface Bucket {
  style: EdgeStyle;
  curves: EdgeCurve[];
}

/** The order emphases are drawn in: what steps back first, what stands out on top. */
const LAYERS: readonly EdgeEmphasis[] = ['faded', 'normal', 'traced', 'selected'];

function emphasisOf(scene: CanvasScene, faded: (e: MapEdge) => boolean, e: MapEdge): EdgeEmphasis {
  if (e.id === scene.display.selectedId) return 'selected';
  if (scene.highlight?.edges.has(e.id)) return 'traced';
  return faded(e) ? 'faded' : 'normal';
}

const curveOutside = (c: EdgeCurve, box: Box) =>
  (c.start.x < box.x0 && c.end.x < box.x0 && c.control.x < box.x0) ||
  (c.start.x > box.x1 && c.end.x > box.x1 && c.control.x > box.x1) ||
  (c.start.y < box.y0 && c.end.y < box.y0 && c.control.y < box.y0) ||
  (c.start.y > box.y1 && c.end.y > box.y1 && c.control.y > box.y1);

/**
 * Sorts the drawn edges on screen into buckets by look (kind, polarity, basis, emphasis), so
 * each look is one path stroked once, whatever the number of edges. Off-screen edges are left out.
 */
export function bucketEdges(scene: CanvasScene, view: Box): Bucket[] {
  const sorting = bucketSlices(scene, view, WHOLE);
  for (let step = sorting.next(); ; step = sorting.next()) if (step.done) return step.value;
}

/** bucketEdges, yielding after each slice of edges the quota gives (their curves are worked out here). */
function* bucketSlices(scene: CanvasScene, view: Box, quota: SliceQuota): Generator<string, Bucket[], void> {
  const { edge: faded } = fadedOf(scene.display, scene.highlight);
  // Buckets by a small number for the look, in drawing order: emphasis first, as LAYERS.
  const buckets: Bucket[] = [];
  const edges = scene.drawnEdges;
  for (let from = 0; from < edges.length; ) {
    const to = from + quota.take('curves', edges.length - from);
    for (let i = from; i < to; i++) {
      const e = edges[i]!;
      const a = scene.positions.get(e.from);
      const b = scene.positions.get(e.to);
      if (!a || !b) continue;
      const curve = curvedEdge(a, b, scene.radiusOf(e.from), scene.radiusOf(e.to));
      if (curveOutside(curve, view)) continue;
      const emphasis = emphasisOf(scene, faded, e);
      const code = LAYERS.indexOf(emphasis) * 16 + (e.intended === true ? 8 : 0) + (e.kind === 'action' ? 4 : 0) + (e.polarity === '-' ? 2 : 0) + (e.inferred === true ? 1 : 0);
      (buckets[code] ??= { style: edgeStyle(e, emphasis), curves: [] }).curves.push(curve);
    }
    from = to;
    if (from < edges.length) yield 'curves';
  }
  return buckets.filter((b) => b !== undefined);
}

/**
 * Draws the edges, in layout units (the context carries the zoom): lines by bucket, then their
 * arrowheads, yielding after each run of as many curves as the quota gives, so a picture can be
 * drawn over several tasks. Buckets are drawn in order, so what stands out still lands on top.
 */
export function* edgeSlices(ctx: CanvasRenderingContext2D, scene: CanvasScene, view: Box, quota: SliceQuota): Generator<string, void, void> {
  const k = scene.transform.k;
  // A link costs more to draw the longer it is on screen (and dashed when near): slices are learnt per zoom.
  const kind = `edges@${zoomBand(k)}`;
  const buckets = yield* bucketSlices(scene, view, quota);
  for (const { style, curves } of buckets) {
    for (let from = 0; from < curves.length; ) {
      yield 'edges';
      const count = quota.take(kind, curves.length - from);
      strokeRun(ctx, style, from === 0 && count >= curves.length ? curves : curves.slice(from, from + count), view, k);
      from += count;
    }
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}

/** Draws the edges at once (see edgeSlices). */
export function drawEdges(ctx: CanvasRenderingContext2D, scene: CanvasScene, view: Box): void {
  runAll(edgeSlices(ctx, scene, view, WHOLE));
}

function strokeRun(ctx: CanvasRenderingContext2D, style: EdgeStyle, curves: readonly EdgeCurve[], view: Box, k: number): void {
  ctx.globalAlpha = style.alpha;
  ctx.strokeStyle = style.colour;
  ctx.fillStyle = style.colour;
  ctx.lineWidth = style.width;
  // Dashes finer than a couple of pixels only grey the line out (and cost dearly to draw);
  // drawn solid, the paleness still tells inferred from stated.
  const dashed = style.dash.length > 0 && style.dash[0]! * k >= DETAIL_MIN_PX.dash;
  ctx.setLineDash(dashed ? style.dash : []);
  ctx.beginPath();
  for (const c of curves) {
    if (dashed) addVisibleRuns(ctx, c, view, k);
    else {
      ctx.moveTo(c.start.x, c.start.y);
      if (c.straight) ctx.lineTo(c.end.x, c.end.y);
      else ctx.quadraticCurveTo(c.control.x, c.control.y, c.end.x, c.end.y);
    }
  }
  ctx.stroke();
  const length = arrowLength(style.width);
  if (length * k < DETAIL_MIN_PX.arrow) return;
  ctx.setLineDash([]);
  ctx.beginPath();
  for (const c of curves) addArrowhead(ctx, c, length);
  ctx.fill();
}

/**
 * A dashed curve as the straight pieces of it that lie on screen: the browser dashes a path along
 * its whole length, so a long link crossing the view would otherwise cost thousands of dashes
 * drawn off screen. The pieces are short enough (about 16 px) that the bend still reads.
 */
function addVisibleRuns(ctx: CanvasRenderingContext2D, c: EdgeCurve, view: Box, k: number): void {
  const screenLength = (Math.hypot(c.control.x - c.start.x, c.control.y - c.start.y) + Math.hypot(c.end.x - c.control.x, c.end.y - c.control.y)) * k;
  const pieces = c.straight ? 1 : Math.min(256, Math.max(4, Math.ceil(screenLength / 16)));
  let previous = c.start;
  let drawing = false;
  for (let i = 1; i <= pieces; i++) {
    const next = pointOnCurve(c, i / pieces);
    const seen = !(
      (previous.x < view.x0 && next.x < view.x0) ||
      (previous.x > view.x1 && next.x > view.x1) ||
      (previous.y < view.y0 && next.y < view.y0) ||
      (previous.y > view.y1 && next.y > view.y1)
    );
    if (seen) {
      if (!drawing) ctx.moveTo(previous.x, previous.y);
      ctx.lineTo(next.x, next.y);
    }
    drawing = seen;
    previous = next;
  }
}

/** An arrowhead whose tip is the curve's end, pointing the way the curve arrives. */
function addArrowhead(ctx: CanvasRenderingContext2D, c: EdgeCurve, length: number): void {
  const from = c.straight ? c.start : c.control;
  const dx = c.end.x - from.x;
  const dy = c.end.y - from.y;
  const d = Math.hypot(dx, dy) || 1;
  const ux = dx / d;
  const uy = dy / d;
  const baseX = c.end.x - ux * length;
  const baseY = c.end.y - uy * length;
  const half = length / 2;
  ctx.moveTo(c.end.x, c.end.y);
  ctx.lineTo(baseX - uy * half, baseY + ux * half);
  ctx.lineTo(baseX + uy * half, baseY - ux * half);
  ctx.closePath();
}
