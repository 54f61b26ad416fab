import { isFiltering, type MapNode, type ViewFilter, type Visibility } from '../analysis';

interface PlayState {
  hoveredId: string | null;
  selectedId: string | null;
  fund: readonly string[];
  filter: ViewFilter;
}

/**
 * Whose intervention links the map draws. The default view shows the causal structure only; an
 * intervention's links to its factors appear while it is in play: hovered or focused, selected,
 * funded in a what-if, or left on the map by a filter. Pointing at a factor shows the
 * interventions acting on it.
 */
export function actionsInPlay(state: PlayState, visibility: Visibility, nodes: ReadonlyMap<string, MapNode>): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const id of [state.hoveredId, state.selectedId, ...state.fund]) if (id && nodes.has(id)) ids.add(id);
  if (isFiltering(state.filter)) {
    for (const id of visibility.nodes) if (nodes.get(id)?.kind === 'intervention') ids.add(id);
  }
  return memoSet(ids);
}

let last: ReadonlySet<string> = new Set();
/** The same set object while its members stay the same, so the painter redraws links only on a change. */
function memoSet(next: Set<string>): ReadonlySet<string> {
  if (next.size === last.size && [...next].every((id) => last.has(id))) return last;
  last = next;
  return next;
}
