import type { MapGraph } from '../analysis';
import type { Dataset } from '../model';
import type { SimulationRunner } from './layout/simulationRunner';
import type { CanvasRenderer } from './render/canvasRenderer';
import type { PanZoom } from './zoom/createPanZoom';

/** The elements MapView renders for the map to draw into. */
export interface MapElements {
  svg: SVGSVGElement;
  /** The zoomable group the painter owns. */
  root: SVGGElement;
  /** The stage headings pinned to the top of the view. */
  headings: SVGGElement;
  /** The bitmap a large map is drawn on. */
  canvas: HTMLCanvasElement | null;
  /** A polite live region: what the keyboard lands on is said there. */
  live: HTMLParagraphElement | null;
}

/** What the picture on screen offers the controller: its zoom, its fit, and a layout running in view. */
export interface DrawnControls {
  panZoom: PanZoom;
  fit(animate: boolean): void;
  runner: SimulationRunner | null;
}

/** What every picture of one dataset's map shares (mapController.ts keeps it). */
export interface MapSession {
  dataset: Dataset;
  graph: MapGraph;
  elements: MapElements;
  /** The canvas painter, once loaded (a map that needs it waits the few milliseconds it takes). */
  canvasRenderer: CanvasRenderer | null;
  /**
   * The map's size as a ResizeObserver last saw it. Zoom and fit use it rather than asking the
   * page, which after a change makes the browser lay out every changed element at once (a fifth
   * of a filter change's time, measured with bench/profile-filter.ts).
   */
  size: { width: number; height: number };
  onLayoutProgress(progress: { percent: number; nodes: number } | null): void;
  /** The picture drawn offers its controls (null as it goes). */
  attach(controls: DrawnControls | null): void;
}
