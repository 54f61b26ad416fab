import { LINE_EM } from '../layout/journeyLayout';
import { fadedOf } from './displayState';
import { WHOLE, zoomBand, type SliceQuota } from './sliceQuota';
import { LOOK } from './canvasStyle';
import { insideBox, type CanvasScene } from './canvasView';
import { createLabelCandidates, LABEL_MIN_PX, type LabelCandidateOptions } from './labelCandidates';
import { createBoxIndex } from './boxIndex';
import { ALWAYS, firstBaseline, labelBox, type Box, type LabelCandidate } from './labelPlacement';

/**
 * The most labels a screen can hold without overlap, about: its area over a short label's at the
 * smallest size. Only that many (the highest priority) try for a place, so a far view of 10,000
 * nodes places a few thousand labels, not 10,000; every node on screen still keeps labels off it.
 */
const labelsPerScreen = (width: number, height: number) => Math.ceil((width * height) / (LABEL_MIN_PX * LABEL_MIN_PX * 4));

/**
 * The labels on canvas: the same candidates and collision-free placement as SVG's
 * (labelCandidates.ts, labelPlacement.ts), for the nodes in the part of the map being drawn,
 * drawn in screen pixels so text stays crisp, on a white halo.
 */
export function createCanvasLabels(options: LabelCandidateOptions & { fontFamily: string }) {
  const candidatesFor = createLabelCandidates(options);

  /** Places and draws the labels, yielding between the costly parts (a picture drawn a slice at a time). */
  return function* labelSlices(ctx: CanvasRenderingContext2D, scene: CanvasScene, view: Box, dpr: number, quota: SliceQuota = WHOLE): Generator<string, void, void> {
    const { transform, display, highlight, visibility } = scene;
    const onScreen = candidatesFor(
      {
        positions: scene.positions,
        visible: visibility.nodes,
        selectedId: display.selectedId,
        hoveredId: display.hoveredId,
        traced: highlight ? new Set(highlight.nodes) : null,
        scale: transform.k,
      },
      (_id, at) => insideBox(view, at),
    );
    yield 'label-candidates';
    const room = labelsPerScreen((view.x1 - view.x0) * transform.k, (view.y1 - view.y0) * transform.k);
    const trying = onScreen.length > room ? [...onScreen].sort((a, b) => b.priority - a.priority).slice(0, room) : onScreen;
    const chosen = yield* placeInSlices(trying, onScreen, quota);
    const shown = trying.filter((c) => chosen.has(c.id));
    const { node: faded } = fadedOf(display, highlight);
    let left = 0;
    for (let i = 0; i < shown.length; i++) {
      const c = shown[i]!;
      if (left-- <= 0) {
        yield 'labels';
        left = quota.take(`labels@${zoomBand(transform.k)}`, shown.length - i) - 1;
        ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
        ctx.textAlign = 'start';
        ctx.textBaseline = 'alphabetic';
        ctx.lineJoin = 'round';
      }
      const box = labelBox(c);
      if (!insideBox(view, { x: box.x0, y: box.y0 }, box.x1 - box.x0 + box.y1 - box.y0)) continue;
      const px = c.font * transform.k;
      const start = firstBaseline(c);
      const outcome = c.id === scene.outcome;
      ctx.font = `${outcome ? 800 : 500} ${px}px ${options.fontFamily}`;
      ctx.globalAlpha = faded(c.id) ? 0.15 : 1;
      ctx.fillStyle = outcome ? LOOK.outcomeInk : visibility.dimmed.has(c.id) ? LOOK.dimmedInk : LOOK.ink;
      ctx.strokeStyle = LOOK.halo;
      ctx.lineWidth = px * 0.3;
      c.lines.forEach((line, i) => {
        const x = start.x * transform.k + transform.x;
        const y = (start.y + i * c.font * LINE_EM) * transform.k + transform.y;
        ctx.strokeText(line, x, y);
        ctx.fillText(line, x, y);
      });
    }
    ctx.globalAlpha = 1;
  };
}

const byId = new Intl.Collator().compare;

/**
 * placeLabels (labelPlacement.ts), the same choice made the same way, yielding after each slice
 * of candidates the quota gives: placing thousands of labels is too long for one task.
 */
export function* placeInSlices(candidates: readonly LabelCandidate[], obstacles: readonly LabelCandidate[], quota: SliceQuota): Generator<string, Set<string>, void> {
  const nodes = createBoxIndex();
  for (let from = 0; from < obstacles.length; ) {
    const to = from + quota.take('obstacles', obstacles.length - from);
    for (let i = from; i < to; i++) {
      const c = obstacles[i]!;
      nodes.add({ x0: c.at.x - c.radius, y0: c.at.y - c.radius, x1: c.at.x + c.radius, y1: c.at.y + c.radius }, c.id);
    }
    from = to;
    yield 'label-obstacles';
  }
  const placed = createBoxIndex();
  const shown = new Set<string>();
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || byId(a.id, b.id));
  yield 'label-order';
  for (let from = 0; from < ordered.length; ) {
    const to = from + quota.take('placing', ordered.length - from);
    for (let i = from; i < to; i++) {
      const candidate = ordered[i]!;
      const box = labelBox(candidate);
      const fits = !placed.overlapsAny(box) && !nodes.overlapsAny(box, candidate.id);
      if (!fits && candidate.priority !== ALWAYS) continue;
      placed.add(box);
      shown.add(candidate.id);
    }
    from = to;
    yield 'label-placing';
  }
  return shown;
}
