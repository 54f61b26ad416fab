import { savePositions, type EditAction } from '../../store/editing';
import { layoutPositions } from './layoutPositions';

/**
 * Adding a node to a map whose layout is not pinned would let the simulation move every node.
 * So the nodes already drawn are pinned where the map shows them, in the same undoable step, and
 * only the new one is placed by the layout (beside its stage, near its neighbours).
 */
export function withLayoutPinned(add: EditAction): EditAction {
  return (current) => {
    const missing = Object.entries(layoutPositions(current)).filter(([id]) => !current.positions?.[id]);
    if (missing.length === 0) return add(current);
    const pinned = savePositions(Object.fromEntries(missing))(current).dataset;
    return add(pinned);
  };
}
