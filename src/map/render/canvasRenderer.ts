import type { Painter, PainterOptions } from './painter';
import { createCanvasPainter } from './canvasPainter';
import { drawSvgTwin, provideExportTwin, recordingPainter } from './exportTwin';
import type { Box } from '../layout/box';

/**
 * The canvas renderer as the map uses it: a canvas painter whose exports draw its SVG twin. Loaded
 * only for a map large enough to need it (rendererChoice.ts), so the first load stays lean.
 */
export function createCanvasMapPainter(options: PainterOptions, canvas: HTMLCanvasElement, live: SVGSVGElement, stageLabels: readonly string[], viewBounds: () => Box): Painter {
  const recorded = recordingPainter(createCanvasPainter({ ...options, canvas }));
  provideExportTwin((frame) => drawSvgTwin(live, options, recorded.record, stageLabels, frame), viewBounds);
  const painter = recorded.painter;
  return {
    ...painter,
    destroy() {
      provideExportTwin(null, null);
      painter.destroy();
    },
  };
}

export type CanvasRenderer = typeof createCanvasMapPainter;
