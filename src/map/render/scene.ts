import type { Point } from '../layout/createLayout';
import { initialDisplay, type DisplayState } from './displayState';
import type { PaintedHighlight, PaintedMoney, PaintedVisibility, ViewTransform } from './painter';

/**
 * Everything a picture of the map is drawn from, whichever painter draws it (SVG, canvas, an
 * export): where nodes are, what is shown, hovered, selected, traced, moved by a what-if or funded,
 * and the pan and zoom. A painter is handed a whole scene and repaints the parts that are not the
 * very objects it last painted (sigma's and React's habit: a part that changes is a new object).
 */
export interface MapScene {
  positions: ReadonlyMap<string, Point>;
  visibility: PaintedVisibility;
  display: DisplayState;
  /** A traced loop or path (everything else steps back), or null. */
  highlight: PaintedHighlight | null;
  /** What-if effects: −1…1 per factor (falls and rises), or null. */
  impact: ReadonlyMap<string, number> | null;
  /** The portfolio overlay's money, or null when it is off. */
  money: PaintedMoney | null;
  transform: ViewTransform;
}

/** A scene of these nodes and edges with nothing placed, marked or selected, all shown, at scale 1. */
export function emptyScene(options: { nodes: ReadonlyArray<{ id: string }>; edges: ReadonlyArray<{ id: string }> }): MapScene {
  return {
    positions: new Map(),
    visibility: { nodes: new Set(options.nodes.map((n) => n.id)), edges: new Set(options.edges.map((e) => e.id)), dimmed: new Set() },
    display: initialDisplay(),
    highlight: null,
    impact: null,
    money: null,
    transform: { x: 0, y: 0, k: 1 },
  };
}

/** Which parts of a scene are new objects since the last one painted (all of them for the first). */
export function changedParts(before: MapScene | null, after: MapScene): Set<keyof MapScene> {
  const keys: Array<keyof MapScene> = ['positions', 'visibility', 'display', 'highlight', 'impact', 'money', 'transform'];
  return new Set(before ? keys.filter((key) => before[key] !== after[key]) : keys);
}
