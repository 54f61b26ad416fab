import { bfsFromNode } from 'graphology-traversal';
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

// 'directed' walks a directed graph's edges both ways.
const MODE = { in: 'inbound', out: 'outbound', both: 'directed' } as const;

/**
 * The nodes within `depth` steps of the focus, following links (and intervention actions) in,
 * out or both ways, through visible nodes only: a filtered-out node is not a way through.
 */
export function neighbourhood(mapGraph: MapGraph, within: ReadonlySet<string>, focus: Focus): Set<string> {
  const found = new Set<string>();
  if (!mapGraph.graph.hasNode(focus.id)) return found;
  bfsFromNode(
    mapGraph.graph,
    focus.id,
    (node, _attributes, depth) => {
      if (node !== focus.id && !within.has(node)) return true;
      found.add(node);
      return depth >= focus.depth;
    },
    { mode: MODE[focus.direction] },
  );
  return found;
}

/** Narrows a visibility to a focus's neighbourhood: everything else is hidden. */
export function focusView(mapGraph: MapGraph, visible: Visibility, focus: Focus): Visibility {
  const nodes = neighbourhood(mapGraph, visible.nodes, focus);
  const dimmed = new Set([...visible.dimmed].filter((id) => nodes.has(id)));
  const kindOf = (id: string) => mapGraph.graph.getNodeAttribute(id, 'kind') as string;
  const ids = [...nodes];
  return withEdges(mapGraph, nodes, dimmed, {
    interventionsShown: ids.filter((id) => kindOf(id) === 'intervention').length,
    interventionsTotal: visible.interventionsTotal,
    factorsShown: ids.filter((id) => kindOf(id) === 'factor').length,
    factorsTotal: visible.factorsTotal,
  });
}
