import { LINE_EM } from '../layout/journeyLayout';
import { fadedOf } from './displayState';
import { LOOK } from './canvasStyle';
import { insideBox, type CanvasScene } from './canvasView';
import { createLabelCandidates, type LabelCandidateOptions } from './labelCandidates';
import { firstBaseline, labelBox, placeLabels, type Box, type LabelCandidate } from './labelPlacement';

/** The placement chosen for one state of the map: reused while only the pan changes. */
interface Placement {
  key: string;
  shown: LabelCandidate[];
}

/**
 * The labels on canvas: the same candidates and collision-free placement as SVG's
 * (labelCandidates.ts, labelPlacement.ts), drawn in screen pixels so text stays crisp, on a
 * white halo. Placement depends on the scale, not the pan, so panning reuses it; a frame only
 * draws the placed labels that are on screen.
 */
export function createCanvasLabels(options: LabelCandidateOptions & { fontFamily: string }) {
  const candidatesFor = createLabelCandidates(options);
  let placement: Placement | null = null;

  return (ctx: CanvasRenderingContext2D, scene: CanvasScene, view: Box, versions: string, dpr: number) => {
    const { transform, display, highlight, visibility } = scene;
    const key = `${transform.k}|${versions}`;
    if (placement?.key !== key) {
      const candidates = candidatesFor({
        positions: scene.positions,
        visible: visibility.nodes,
        selectedId: display.selectedId,
        hoveredId: display.hoveredId,
        traced: highlight ? new Set(highlight.nodes) : null,
        scale: transform.k,
      });
      const shown = placeLabels(candidates);
      placement = { key, shown: candidates.filter((c) => shown.has(c.id)) };
    }
    const { node: faded } = fadedOf(display, highlight);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.textAlign = 'start';
    ctx.textBaseline = 'alphabetic';
    ctx.lineJoin = 'round';
    for (const c of placement.shown) {
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
