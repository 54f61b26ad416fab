import { type EditAction } from '../../store/editing';
import { savePositions } from '../../store/editing/actions';
import { layoutPositions } from './layoutPositions';
import { placeNewFactors } from './placeNewFactors';

/**
 * Adding a node to a map whose layout is not pinned would let the simulation move every node.
 * So the nodes already drawn are pinned where the map shows them, in the same undoable step, and
 * a new factor takes a row in its own stage's column (its column-mates shift to make room), so it
 * is drawn and labelled like the others; a new intervention is placed by the layout, near its factors.
 */
export function withLayoutPinned(add: EditAction): EditAction {
  return (current) => {
    const missing = Object.entries(layoutPositions(current)).filter(([id]) => !current.positions?.[id]);
    const pinned = missing.length === 0 ? current : savePositions(Object.fromEntries(missing))(current).dataset;
    const added = add(pinned);
    if (!added.dataset.positions || Object.keys(added.dataset.positions).length === 0) return added;
    const placed = placeNewFactors(added.dataset);
    return Object.keys(placed).length === 0 ? added : { ...added, dataset: savePositions(placed)(added.dataset).dataset };
  };
}
