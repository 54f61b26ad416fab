import type { Dataset } from '../model';
import { mapGraphOf } from '../store';
import { journeyOffThread, worthOffThread } from './layout/journeyOffThread';
import { quickJourneyLayout } from './layout/journeyLayout';
import { timed } from './layout/layoutTiming';
import { chooseRenderer } from './render/rendererChoice';
import type { CanvasRenderer } from './render/canvasRenderer';
import { drawInStages } from './drawInStages';
import { drawMap } from './drawMap';
import { loadForcePlacement, needsForce } from './layout/placeMap';
import type { DrawnControls, MapElements, MapSession } from './mapSession';

export type { MapElements } from './mapSession';

export interface MapControllerOptions extends MapElements {
  dataset: Dataset;
  /** The renderer a link asks for (`renderer=canvas` or `svg`), or null to choose by size. */
  renderer: string | null;
  /** How far a large map's layout has come while it runs in view; null when none is running. */
  onLayoutProgress(progress: { percent: number; nodes: number } | null): void;
}

/** What React (the toolbar, the layout's progress bar) asks of the drawn map. */
export interface MapController {
  zoomBy(factor: number): void;
  fit(animate: boolean): void;
  /** Stops a layout settling in view, where it is. */
  stopLayout(): void;
  destroy(): void;
}

/** The canvas renderer's code, fetched only for a map that needs it; SVG if it cannot be fetched. */
const loadCanvasRenderer = (): Promise<CanvasRenderer | null> =>
  import('./render/canvasRenderer').then(
    (loaded) => loaded.createCanvasMapPainter,
    () => null,
  );

/**
 * The map outside React, as xyflow keeps its pan-zoom and drag: MapView creates one in an effect
 * for a dataset, calls its methods from the toolbar, and destroys it when the dataset changes. It
 * lays the map out and paints it in the stages its size needs (drawInStages.ts), each picture drawn
 * by drawMap.ts, which wires the painter to the view store, pan and zoom, and the keyboard.
 */
export function createMapController(options: MapControllerOptions): MapController {
  const { dataset, svg } = options;
  const graph = mapGraphOf(dataset);
  const journeyOptions = { nodes: graph.nodes, edges: graph.edges, stageCount: dataset.vocabularies.stages.length };
  const wantsCanvas = chooseRenderer(graph.nodes.length, graph.edges.length, options.renderer) === 'canvas';
  /** What the picture on screen offers (zoom, fit, stop), or null between pictures. */
  let drawn: DrawnControls | null = null;
  const session: MapSession = {
    dataset,
    graph,
    elements: options,
    canvasRenderer: null,
    // Read before anything is drawn: read after, it would make the browser lay out every new element at once.
    size: { width: svg.clientWidth, height: svg.clientHeight },
    onLayoutProgress: options.onLayoutProgress,
    attach: (controls) => {
      drawn = controls;
    },
  };
  // Code only some maps need, fetched before they are drawn: the canvas renderer (a large map), the simulation (nodes to place by force).
  const needs = [
    wantsCanvas
      ? loadCanvasRenderer().then((loaded) => {
          session.canvasRenderer = loaded;
        })
      : null,
    needsForce({ nodes: graph.nodes, pinned: dataset.positions }) ? loadForcePlacement() : null,
  ].filter((load) => load !== null);
  const undraw = drawInStages({
    offThread: worthOffThread(journeyOptions),
    loadFirst: needs.length > 0 ? Promise.all(needs) : null,
    quickLayout: () => timed('quick placement', () => quickJourneyLayout(journeyOptions)),
    journeyInWorker: (signal) => journeyOffThread(journeyOptions, signal),
    draw: (journey, stage) => drawMap(session, journey, stage),
  });
  return {
    zoomBy: (factor) => drawn?.panZoom.zoomBy(factor),
    fit: (animate) => drawn?.fit(animate),
    stopLayout: () => drawn?.runner?.stop(),
    destroy: undraw,
  };
}
