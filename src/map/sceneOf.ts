import type { MapGraph } from '../analysis';
import type { Dataset } from '../model';
import { highlightOf, impactOf, visibilityOf, type ViewStore } from '../store';
import { actionsInPlay } from './actionsInPlay';
import type { DisplayState, PaintedMoney } from './render/painter';
import type { MapScene } from './render/scene';

/** The view state a scene is made from. */
export type SceneState = Pick<ViewStore, 'filter' | 'focus' | 'loopId' | 'path' | 'fund' | 'weighting' | 'hoveredId' | 'selectedId'>;

/** The scene's parts that come from the view state (positions and the pan and zoom come from the layout and the zoom). */
export type ViewParts = Pick<MapScene, 'visibility' | 'display' | 'highlight' | 'impact' | 'money'>;

/**
 * Makes the scene's view parts from view state, keeping each part the very same object while what
 * it is made from stays the same, so a painter repaints only what a change touched: hovering a
 * node makes a new `display` and nothing else; a filter change, a new `visibility` (and `display`
 * when the links in play change), never a new `highlight` or `impact`.
 */
export function createSceneDeriver(dataset: Dataset, graph: MapGraph) {
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));
  const linkById = new Map(dataset.links.map((l) => [l.id, l]));
  let last: ViewParts | null = null;
  let lastPinned = -1;
  return (state: SceneState, money: PaintedMoney | null, pinned: ReadonlySet<string>, pinnedVersion = 0): ViewParts => {
    const visibility = visibilityOf(dataset, state.filter, state.focus);
    const highlight = highlightOf(dataset, state.loopId, state.path);
    const impact = state.fund.length > 0 ? impactOf(dataset, state.fund, state.weighting) : null;
    const actionsFor = actionsInPlay(state, visibility, nodeById);
    const link = state.selectedId ? linkById.get(state.selectedId) : undefined;
    const before = last?.display;
    const sameDisplay =
      before !== undefined &&
      before.hoveredId === state.hoveredId &&
      before.selectedId === state.selectedId &&
      before.actionsFor === actionsFor &&
      before.pinned === pinned &&
      lastPinned === pinnedVersion;
    const display: DisplayState = sameDisplay
      ? before
      : { hoveredId: state.hoveredId, selectedId: state.selectedId, neighbours: graph.neighbours, pinned, actionsFor, selectedEnds: link ? [link.from, link.to] : undefined };
    lastPinned = pinnedVersion;
    last = { visibility, display, highlight, impact, money };
    return last;
  };
}
