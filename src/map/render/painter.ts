import type { MapEdge, MapNode } from '../../analysis';
import type { LayoutGeometry, Point } from '../layout/createLayout';
import type { MapScene } from './scene';
import type { ShapeOptions } from './nodeShapes';

export type { DisplayState } from './displayState';
export type { MapScene } from './scene';

export interface PainterEvents {
  /** A node or a link (by its id) was clicked. */
  onSelect(id: string): void;
  onHover(id: string | null): void;
  onDragStart(id: string): void;
  onDrag(id: string, at: Point): void;
  onDragEnd(id: string): void;
  onRelease(id: string): void;
}

export interface PainterOptions extends Omit<ShapeOptions, 'radius'> {
  /**
   * The group inside the zoomable <svg> that the painter owns (pan and zoom move it). The SVG
   * painter draws into it; the canvas painter keeps only the focusable node there.
   */
  root: SVGGElement;
  nodes: readonly MapNode[];
  edges: readonly MapEdge[];
  geometry: LayoutGeometry;
  /** The accessible name of a node, e.g. "Factor: Released with nowhere to sleep". */
  describe(node: MapNode): string;
  /** False when the person prefers reduced motion: then nothing fades, it just changes. */
  animate(): boolean;
  events: PainterEvents;
  /**
   * When what a pointer uses (the nodes' listeners, the links' wide click targets) may be added:
   * calls `ready` once the first picture is on screen, returns what cancels that. Nothing can be
   * pointed at before it is seen, so the map's first load leaves them out of its first paint.
   * Without it they are added with the picture.
   */
  pointable?(ready: () => void): () => void;
}

export interface PaintedVisibility {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  dimmed: ReadonlySet<string>;
}

/** A loop or path to trace on the map: its nodes in order (numbered) and its edges. */
export interface PaintedHighlight {
  nodes: readonly string[];
  /** The number each traced node shows. */
  steps: ReadonlyMap<string, number>;
  edges: ReadonlySet<string>;
  kind: 'loop' | 'path';
}

/** A funder's money on the map (the portfolio overlay): amounts by node, in words, and the largest. */
export interface PaintedMoney {
  amounts: ReadonlyMap<string, number>;
  words: ReadonlyMap<string, string>;
  max: number;
}

/** The pan and zoom: a layout point (x, y) shows on screen at (x·k + tx, y·k + ty). */
export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

/**
 * What draws the map, whichever way: SVG (an element per item, for small maps and export) or
 * Canvas 2D (one bitmap, for large maps). The map talks to either through this alone: it hands
 * over the whole scene (scene.ts), and the painter repaints the parts that changed.
 */
export interface Painter {
  /** Paints this scene: each part that is not the very object last painted is painted again, each once. */
  render(scene: MapScene): void;
  /** The one node the Tab key lands on (roving tabindex). */
  setTabStop(id: string | null): void;
  /** The node a focusable element on the map stands for, if it stands for one. */
  nodeOfElement(element: Element): string | null;
  /** Moves keyboard focus to a node (making it the tab stop). */
  focusNode(id: string): void;
  destroy(): void;
}
