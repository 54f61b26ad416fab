import type { Point } from '../layout/createLayout';
import { CHAR_EM, LABEL_GAP, LINE_EM } from '../layout/journeyLayout';
import { createBoxIndex } from './boxIndex';

export interface LabelCandidate {
  id: string;
  at: Point;
  radius: number;
  lines: string[];
  /** Every label reads to the right of its node (an intervention's too, beside its diamond in the lane). */
  side: 'right';
  /** The label's text height, in layout units. */
  font: number;
  /** Higher first: the selected and hovered node and the outcome, then the most connected. */
  priority: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Priority of labels that are always shown (the outcome, the selected, hovered or focused node). */
export const ALWAYS = Number.MAX_SAFE_INTEGER;

/** Where a label's text lies, in layout units (estimated from its characters, on the wide side). */
export function labelBox(c: Pick<LabelCandidate, 'at' | 'radius' | 'lines' | 'side' | 'font'>): Box {
  const width = Math.max(...c.lines.map((l) => l.length), 1) * c.font * CHAR_EM;
  const height = c.lines.length * c.font * LINE_EM;
  const x0 = c.at.x + c.radius + LABEL_GAP;
  return { x0, y0: c.at.y - height / 2, x1: x0 + width, y1: c.at.y + height / 2 };
}

/** Where a label's first line's baseline goes: the painter and the box agree. */
export function firstBaseline(c: Pick<LabelCandidate, 'at' | 'radius' | 'lines' | 'side' | 'font'>): Point {
  const box = labelBox(c);
  return { x: box.x0, y: box.y0 + c.font * 0.95 };
}

/** Ties in priority go by id, compared the way localeCompare would, once built. */
const byId = new Intl.Collator().compare;

/**
 * Chooses which labels to show so that none piles on another or on a node: greedily, in priority
 * order, each in full where it fits, else hidden. The layout leaves room for every label at the
 * default view; zoomed out further, labels keep a readable size and so take more room, and the
 * least connected give way first. Labels marked ALWAYS are shown whatever they cover.
 *
 * Each label is checked against spatial indexes (boxIndex.ts) of the nodes and of the labels
 * already placed, so the whole choice costs about n log n: 5,000 labels in a few milliseconds.
 * `obstacles` are the nodes labels must not cover, when more than those trying for a label.
 */
export function placeLabels(candidates: readonly LabelCandidate[], obstacles: readonly LabelCandidate[] = candidates): Set<string> {
  const nodes = createBoxIndex();
  for (const c of obstacles) nodes.add({ x0: c.at.x - c.radius, y0: c.at.y - c.radius, x1: c.at.x + c.radius, y1: c.at.y + c.radius }, c.id);
  const placed = createBoxIndex();
  const shown = new Set<string>();
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || byId(a.id, b.id));
  for (const candidate of ordered) {
    const box = labelBox(candidate);
    const fits = !placed.overlapsAny(box) && !nodes.overlapsAny(box, candidate.id);
    if (!fits && candidate.priority !== ALWAYS) continue;
    placed.add(box);
    shown.add(candidate.id);
  }
  return shown;
}
