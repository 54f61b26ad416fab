import type { MapGraph } from './mapGraph';
import { withEdges, type Visibility } from './viewFilter';

export type Direction = 'in' | 'out' | 'both';
export const DIRECTIONS: readonly Direction[] = ['both', 'out', 'in'];
export const DEPTHS = [1, 2, 3] as const;
export type Depth = (typeof DEPTHS)[number];

export interface Focus {
  id: string;
  depth: Depth;
  direction: Direction;
}

/**
 * The nodes within `depth` steps of the focus, following links (and intervention actions) in,
 * out or both ways, through visible nodes only: a filtered-out node is not a way through.
 * A breadth-first walk over the map graph's plain adjacency (a focus can come with a shared
 * link, so it is part of the first paint, which does not load a graph library).
 */
export function neighbourhood(mapGraph: MapGraph, within: ReadonlySet<string>, focus: Focus): Set<string> {
  const found = new Set<string>();
  if (!mapGraph.kinds.has(focus.id)) return found;
  const stepsFrom = (id: string): readonly string[] => {
    const out = focus.direction === 'in' ? [] : (mapGraph.successors.get(id) ?? []);
    const inward = focus.direction === 'out' ? [] : (mapGraph.predecessors.get(id) ?? []);
    return inward.length === 0 ? out : out.length === 0 ? inward : [...out, ...inward];
  };
  found.add(focus.id);
  const seen = new Set([focus.id]);
  let frontier = [focus.id];
  for (let depth = 1; depth <= focus.depth && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const neighbour of stepsFrom(id)) {
        if (seen.has(neighbour)) continue;
        seen.add(neighbour);
        if (!within.has(neighbour)) continue;
        found.add(neighbour);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return found;
}

/** Narrows a visibility to a focus's neighbourhood: everything else is hidden. */
export function focusView(mapGraph: MapGraph, visible: Visibility, focus: Focus): Visibility {
  const nodes = neighbourhood(mapGraph, visible.nodes, focus);
  const dimmed = new Set([...visible.dimmed].filter((id) => nodes.has(id)));
  const ids = [...nodes];
  return withEdges(mapGraph, nodes, dimmed, {
    interventionsShown: ids.filter((id) => mapGraph.kinds.get(id) === 'intervention').length,
    interventionsTotal: visible.interventionsTotal,
    factorsShown: ids.filter((id) => mapGraph.kinds.get(id) === 'factor').length,
    factorsTotal: visible.factorsTotal,
  });
}
