import type { MapNode } from '../../analysis';
import { inkOn } from '../glyphs';
import { diamondReach, glyphRingRadius, glyphScale, impactMarkMiddle, impactRingRadius, impactRingWidth, MARKED_EFFECT, outcomeRingRadius, pipCentre, PIP_RADIUS } from '../nodeGeometry';
import type { Appearance } from '../nodeAppearance';
import { DETAIL_MIN_PX, LOOK } from './canvasStyle';
import { insideBox, type CanvasScene } from './canvasView';
import { fadedOf } from './displayState';
import type { Box } from './labelPlacement';
import type { ShapeOptions } from './nodeShapes';
import { cautionGeometry, type Caution } from './cautionMark';
import { MONEY_LOOK, moneyRingRadius } from './moneyRing';
import { DASHES } from '../tokens';
import { WHOLE, zoomBand, type SliceQuota } from './sliceQuota';


/** How a node's shape is filled and stroked now: full, dimmed (a filter's "dim") or faded (stepping back). */
type Tone = 'full' | 'dimmed' | 'faded' | 'faded-dimmed';

const fillAlpha: Record<Tone, number> = { full: 1, dimmed: 0.3, faded: 0.15, 'faded-dimmed': 0.045 };
const strokeAlpha: Record<Tone, number> = { full: 1, dimmed: 0.45, faded: 0.15, 'faded-dimmed': 0.07 };
const markAlpha: Record<Tone, number> = { full: 1, dimmed: 1, faded: 0.15, 'faded-dimmed': 0.15 };

/** Adds a node's outline (circle for a factor, diamond for an intervention) to the current path. */
export function addShape(ctx: CanvasRenderingContext2D, kind: MapNode['kind'], x: number, y: number, r: number): void {
  if (kind === 'factor') {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, Math.PI * 2);
    return;
  }
  const d = diamondReach(r);
  ctx.moveTo(x, y - d);
  ctx.lineTo(x + d, y);
  ctx.lineTo(x, y + d);
  ctx.lineTo(x - d, y);
  ctx.closePath();
}

/**
 * Draws nodes as nodeShapes.ts does in SVG (shape in its vocabulary's colour, glyph, evidence
 * pips, outcome ring) with what nodeMarks.ts adds (step numbers, what-if rings) and the state
 * the stylesheet shows (selected, pinned, traced, dimmed, faded, focused). Shapes of one colour
 * and tone are filled as one path; glyphs and pips only where they are big enough to see.
 */
export function createNodeDrawer(options: Omit<ShapeOptions, 'radius'>) {
  const looks = new Map<string, Appearance>();
  const glyphs = new Map<string, Path2D>();
  const lookOf = (n: MapNode) => {
    let look = looks.get(n.id);
    if (!look) looks.set(n.id, (look = options.appearance(n)));
    return look;
  };
  const glyphOf = (d: string) => {
    let path = glyphs.get(d);
    if (!path) glyphs.set(d, (path = new Path2D(d)));
    return path;
  };

  /**
   * Draws the nodes on screen, pass by pass (rings, shapes, strokes, glyphs, marks), yielding
   * between passes and within the costly ones as the quota says, so a picture can be drawn over
   * several tasks; every pass covers every node, so what lies on top is as when drawn at once.
   */
  return function* nodeSlices(ctx: CanvasRenderingContext2D, scene: CanvasScene, view: Box, quota: SliceQuota = WHOLE): Generator<string, void, void> {
    const { positions, visibility, display, highlight, impact, money, radiusOf, transform } = scene;
    const { node: fadedNode } = fadedOf(display, highlight);
    const steps = highlight?.steps;
    const onScreen: Array<{ n: MapNode; x: number; y: number; r: number; tone: Tone }> = [];
    for (const n of scene.nodes) {
      if (!visibility.nodes.has(n.id)) continue;
      const at = positions.get(n.id);
      const r = radiusOf(n.id);
      // The money halo reaches furthest out of anything drawn round a node.
      if (!at || !insideBox(view, at, r + 24)) continue;
      const faded = fadedNode(n.id);
      const dimmed = visibility.dimmed.has(n.id);
      onScreen.push({ n, x: at.x, y: at.y, r, tone: faded ? (dimmed ? 'faded-dimmed' : 'faded') : dimmed ? 'dimmed' : 'full' });
    }

    yield 'node-list';
    // Under the shapes: the outcome's double ring and the what-if rings.
    for (const { n, x, y, r, tone } of onScreen) {
      const effect = impact?.get(n.id) ?? 0;
      ctx.globalAlpha = markAlpha[tone];
      const halo = money ? moneyRingRadius(money.amounts.get(n.id) ?? 0, money.max, r) : 0;
      if (halo) {
        ctx.beginPath();
        ctx.arc(x, y, halo, 0, Math.PI * 2);
        ctx.fillStyle = MONEY_LOOK.fill;
        ctx.fill();
        ctx.lineWidth = MONEY_LOOK.width;
        ctx.strokeStyle = MONEY_LOOK.stroke;
        ctx.stroke();
      }
      if (Math.abs(effect) >= MARKED_EFFECT) {
        ctx.beginPath();
        ctx.arc(x, y, impactRingRadius(r), 0, Math.PI * 2);
        ctx.lineWidth = impactRingWidth(effect);
        ctx.strokeStyle = effect > 0 ? LOOK.rising : LOOK.falling;
        ctx.stroke();
      }
      if (n.id === scene.outcome) {
        ctx.beginPath();
        ctx.arc(x, y, outcomeRingRadius(r), 0, Math.PI * 2);
        ctx.fillStyle = LOOK.outcomeRingFill;
        ctx.fill();
        ctx.lineWidth = 2.5;
        ctx.strokeStyle = LOOK.outcomeRing;
        ctx.stroke();
      }
    }

    yield 'node-rings';
    // The shapes, one path per colour, kind and tone.
    const buckets = new Map<string, typeof onScreen>();
    for (const item of onScreen) {
      const key = `${lookOf(item.n).colour}|${item.tone}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(item);
      else buckets.set(key, [item]);
    }
    ctx.lineWidth = 1.2;
    ctx.strokeStyle = LOOK.ink;
    for (const bucket of buckets.values()) {
      yield 'node-shapes';
      ctx.lineWidth = 1.2;
      ctx.strokeStyle = LOOK.ink;
      const { n, tone } = bucket[0]!;
      ctx.beginPath();
      for (const item of bucket) addShape(ctx, item.n.kind, item.x, item.y, item.r);
      ctx.fillStyle = lookOf(n).colour;
      ctx.globalAlpha = fillAlpha[tone];
      ctx.fill();
      ctx.globalAlpha = strokeAlpha[tone];
      ctx.stroke();
    }

    yield 'node-shapes';
    // Strokes that say something about one node: traced, pinned, the outcome, selected, focused.
    for (const { n, x, y, r, tone } of onScreen) {
      const selected = n.id === display.selectedId;
      const focused = n.id === scene.focusedId;
      const traced = steps?.has(n.id) ?? false;
      const pinned = display.pinned.has(n.id);
      if (!selected && !focused && !traced && !pinned && n.id !== scene.outcome) continue;
      ctx.globalAlpha = markAlpha[tone];
      ctx.beginPath();
      addShape(ctx, n.kind, x, y, r);
      ctx.setLineDash(pinned && !selected && !focused ? DASHES.pinned : []);
      ctx.lineWidth = selected || focused ? 4 : traced ? 3 : n.id === scene.outcome ? 2.5 : 2;
      ctx.strokeStyle = selected || focused ? LOOK.focus : traced ? LOOK.traced : n.id === scene.outcome ? LOOK.outcomeRing : LOOK.ink;
      if (focused) {
        ctx.shadowColor = LOOK.focus;
        ctx.shadowBlur = 3 * transform.k;
      }
      ctx.stroke();
      ctx.shadowBlur = 0;
      ctx.setLineDash([]);
    }

    // Glyphs and pips, where a node is big enough on screen for them to read.
    const glyphKind = `glyphs@${zoomBand(transform.k)}`;
    let left = 0;
    for (const { n, x, y, r, tone } of onScreen) {
      if (r * transform.k < DETAIL_MIN_PX.glyph) continue;
      if (left-- <= 0) {
        yield 'node-glyphs';
        left = quota.take(glyphKind, onScreen.length) - 1;
      }
      const look = lookOf(n);
      const ink = inkOn(look.colour);
      const scale = glyphScale(n.kind, r);
      ctx.globalAlpha = fillAlpha[tone] === 1 ? 1 : Math.max(fillAlpha[tone], 0.3);
      ctx.save();
      ctx.translate(x, y);
      ctx.scale(scale, scale);
      ctx.fillStyle = ink;
      ctx.fill(glyphOf(look.glyph));
      ctx.restore();
      if (look.ringed) {
        ctx.beginPath();
        ctx.arc(x, y, glyphRingRadius(r), 0, Math.PI * 2);
        ctx.lineWidth = 1.2;
        ctx.strokeStyle = ink;
        ctx.stroke();
      }
      const caution = options.caution?.(n);
      if (caution) {
        drawCaution(ctx, caution, x, y, r, markAlpha[tone], r * transform.k >= DETAIL_MIN_PX.pips);
        continue;
      }
      const filled = options.pips(n);
      if (filled === undefined || r * transform.k < DETAIL_MIN_PX.pips) continue;
      ctx.globalAlpha = markAlpha[tone];
      ctx.lineWidth = 1;
      ctx.strokeStyle = LOOK.ink;
      for (let i = 0; i < options.pipCount; i++) {
        ctx.beginPath();
        const at = pipCentre(i, options.pipCount, r);
        ctx.arc(x + at.x, y + at.y, PIP_RADIUS, 0, Math.PI * 2);
        ctx.fillStyle = i < filled ? LOOK.ink : LOOK.paper;
        ctx.fill();
        ctx.stroke();
      }
    }

    yield 'node-glyphs';
    // Marks on top: a traced node's step number, a what-if ▲ or ▼.
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    for (const { n, x, y, r, tone } of onScreen) {
      const step = steps?.get(n.id);
      const effect = impact?.get(n.id) ?? 0;
      if (!step && Math.abs(effect) < MARKED_EFFECT) continue;
      ctx.globalAlpha = markAlpha[tone];
      if (step) {
        ctx.font = 'bold 11px sans-serif';
        ctx.lineWidth = 2;
        ctx.strokeStyle = LOOK.ink;
        ctx.fillStyle = LOOK.paper;
        ctx.strokeText(String(step), x, y);
        ctx.fillText(String(step), x, y);
      }
      if (Math.abs(effect) >= MARKED_EFFECT) {
        const mark = effect > 0 ? '▲' : '▼';
        ctx.font = 'bold 12px sans-serif';
        ctx.lineWidth = 3;
        ctx.strokeStyle = LOOK.paper;
        ctx.fillStyle = effect > 0 ? LOOK.risingInk : LOOK.fallingInk;
        ctx.strokeText(mark, x, y + impactMarkMiddle(r));
        ctx.fillText(mark, x, y + impactMarkMiddle(r));
      }
    }
    ctx.globalAlpha = 1;
  };
}

/** Harm crossed out, no clear effect struck through, and the word where the pips would be (cautionMark.ts; as the SVG's .map-caution-*). */
function drawCaution(ctx: CanvasRenderingContext2D, caution: Caution, x: number, y: number, r: number, alpha: number, withTag: boolean): void {
  const mark = cautionGeometry(caution, r);
  ctx.globalAlpha = alpha;
  ctx.lineCap = 'round';
  for (const [width, colour] of [[4.4, LOOK.paper], [2.2, LOOK.ink]] as const) {
    ctx.beginPath();
    for (const [x1, y1, x2, y2] of mark.lines) {
      ctx.moveTo(x + x1, y + y1);
      ctx.lineTo(x + x2, y + y2);
    }
    ctx.lineWidth = width;
    ctx.strokeStyle = colour;
    ctx.stroke();
  }
  ctx.lineCap = 'butt';
  if (!withTag) return;
  const { tag } = mark;
  const harm = caution === 'harmful';
  ctx.fillStyle = LOOK.paper;
  ctx.fillRect(x + tag.x, y + tag.y, tag.width, tag.height);
  ctx.lineWidth = harm ? 1.5 : 1;
  ctx.strokeStyle = harm ? LOOK.harm : LOOK.ink;
  ctx.strokeRect(x + tag.x, y + tag.y, tag.width, tag.height);
  ctx.font = 'bold 8px sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = harm ? LOOK.harm : LOOK.ink;
  ctx.fillText(tag.text, x + tag.x + tag.width / 2, y + tag.y + tag.height / 2);
}
