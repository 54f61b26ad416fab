import type { MapEdge } from '../../analysis';

export interface DisplayState {
  hoveredId: string | null;
  /** The selected node or link: it and its neighbours stay bright until the selection is cleared. */
  selectedId: string | null;
  neighbours: ReadonlyMap<string, ReadonlySet<string>>;
  pinned: ReadonlySet<string>;
  /** Nodes whose intervention links are drawn: interventions in play, and factors a person points at. */
  actionsFor: ReadonlySet<string>;
  /** The two ends of a selected link, when a link is selected. */
  selectedEnds?: readonly string[];
}

/**
 * What steps back: with a selection, everything but it and its neighbours; a hover previews its
 * own neighbourhood on top of that; with neither, everything off a traced loop or path.
 */
export function fadedOf(display: DisplayState, traced: { nodes: readonly string[]; edges: ReadonlySet<string> } | null) {
  const { hoveredId, selectedId, neighbours, selectedEnds } = display;
  const around = (id: string | null) => (id ? [id, ...(neighbours.get(id) ?? [])] : []);
  const focus = [...around(hoveredId), ...(selectedEnds ?? around(selectedId))];
  const near = focus.length > 0 ? new Set(focus) : null;
  const tracedNodes = traced ? new Set(traced.nodes) : null;
  const touches = (e: MapEdge, id: string | null) => id !== null && (e.from === id || e.to === id);
  return {
    node: (id: string) => (near ? !near.has(id) : tracedNodes !== null && !tracedNodes.has(id)),
    edge: (e: MapEdge) =>
      near
        ? !(touches(e, hoveredId) || (selectedEnds ? e.id === selectedId : touches(e, selectedId)))
        : traced !== null && !traced.edges.has(e.id),
  };
}

/** What a painter shows before it is told otherwise: nothing hovered, selected or pinned. */
export function initialDisplay(): DisplayState {
  return { hoveredId: null, selectedId: null, neighbours: new Map(), pinned: new Set(), actionsFor: new Set() };
}
