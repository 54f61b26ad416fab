import type { Box } from '../layout/box';
import type { ViewTransform } from './painter';

/** The picture an export draws: its size in pixels and where the map's layout sits in it. */
export interface ExportFrame {
  width: number;
  height: number;
  transform: ViewTransform;
}

/**
 * The size an exported map takes, whatever the window's: wide enough for a column's heading
 * and labels at reading size on a printed A4 sheet, and no taller than that sheet's shape allows.
 */
const MAX_WIDTH = 1200;
const MAX_HEIGHT = 900;
const MIN_WIDTH = 640;
const MIN_HEIGHT = 240;
/** Clear space around what the view is about, in pixels: no heading or label meets the edge. */
const MARGIN = 20;
/** Never larger than this (a loop of three nodes is not blown up to fill a page). */
const MAX_SCALE = 1.5;

/**
 * Frames what a view is about (a traced loop or path, a focus, the filtered set or the whole map:
 * `bounds`, in layout units) with a margin, at a size that depends only on those bounds: an
 * export looks the same from a phone as from a wide screen.
 */
export function exportFrame(bounds: Box): ExportFrame {
  const w = Math.max(bounds.x1 - bounds.x0, 1);
  const h = Math.max(bounds.y1 - bounds.y0, 1);
  const k = Math.min((MAX_WIDTH - 2 * MARGIN) / w, (MAX_HEIGHT - 2 * MARGIN) / h, MAX_SCALE);
  const width = Math.round(Math.max(MIN_WIDTH, w * k + 2 * MARGIN));
  const height = Math.round(Math.max(MIN_HEIGHT, h * k + 2 * MARGIN));
  // Centred in the frame, so a small picture has equal room on either side.
  return { width, height, transform: { k, x: width / 2 - k * (bounds.x0 + bounds.x1) / 2, y: height / 2 - k * (bounds.y0 + bounds.y1) / 2 } };
}
