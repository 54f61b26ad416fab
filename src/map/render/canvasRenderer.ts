import type { Painter, PainterOptions } from './painter';
import { createCanvasPainter } from './canvasPainter';

/**
 * The canvas renderer as the map uses it. Loaded only for a map large enough to need it
 * (rendererChoice.ts), so the first load stays lean; exports draw the same scene as SVG (exportMap.ts).
 */
export function createCanvasMapPainter(options: PainterOptions, canvas: HTMLCanvasElement): Painter {
  return createCanvasPainter({ ...options, canvas });
}

export type CanvasRenderer = typeof createCanvasMapPainter;
