import type { Point } from '../layout/createLayout';

export interface LabelCandidate {
  id: string;
  at: Point;
  radius: number;
  lines: string[];
  /** A one-line form to fall back on where the full label does not fit. */
  shortLines: string[];
  /** Higher first: the selected and hovered node, then the most connected. */
  priority: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Approximate size of a label on screen; labels keep a constant screen size whatever the zoom. */
export const LABEL_FONT_PX = 12;
const CHAR_WIDTH = 0.6;
const LINE_HEIGHT = 1.2;

export function labelBox(c: Pick<LabelCandidate, 'at' | 'radius'>, lines: readonly string[], scale: number): Box {
  const font = LABEL_FONT_PX / scale;
  const width = Math.max(...lines.map((l) => l.length), 1) * font * CHAR_WIDTH;
  const height = lines.length * font * LINE_HEIGHT;
  const top = c.at.y + c.radius + 2 / scale;
  return { x0: c.at.x - width / 2, y0: top, x1: c.at.x + width / 2, y1: top + height };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * Chooses which labels to show at a zoom scale so that none piles on another or on a node:
 * greedily, in priority order, each in full if it fits, else shortened to one line, else hidden.
 * Zoomed out, labels take more room relative to the map, so only the most connected keep theirs;
 * zoomed in, all fit. Returns the lines to show for each labelled node.
 */
export function placeLabels(candidates: readonly LabelCandidate[], scale: number): Map<string, string[]> {
  const nodeBoxes = candidates.map((c) => ({
    id: c.id,
    box: { x0: c.at.x - c.radius, y0: c.at.y - c.radius, x1: c.at.x + c.radius, y1: c.at.y + c.radius },
  }));
  const placed: Box[] = [];
  const shown = new Map<string, string[]>();
  const fits = (id: string, box: Box) =>
    !placed.some((p) => overlaps(p, box)) && !nodeBoxes.some((n) => n.id !== id && overlaps(n.box, box));
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const candidate of ordered) {
    const always = candidate.priority === Number.MAX_SAFE_INTEGER;
    const choice = [candidate.lines, candidate.shortLines].find((lines) => fits(candidate.id, labelBox(candidate, lines, scale)));
    const lines = choice ?? (always ? candidate.lines : undefined);
    if (!lines) continue;
    placed.push(labelBox(candidate, lines, scale));
    shown.set(candidate.id, lines);
  }
  return shown;
}
