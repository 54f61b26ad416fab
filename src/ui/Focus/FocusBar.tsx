import { DEPTHS, DIRECTIONS, type Depth, type Direction } from '../../analysis';
import type { Dataset } from '../../model';
import { indexOf, useViewStore, type ViewStore } from '../../store';

const selectFocus = (s: ViewStore) => s.focus;
const DIRECTION_WORDS: Record<Direction, string> = { both: 'both ways', out: 'what it leads to', in: 'what leads to it' };

/** The breadcrumb while the map is focused on one node's neighbourhood, and the way out of it. */
export function FocusBar({ dataset }: { dataset: Dataset }) {
  const focus = useViewStore(selectFocus);
  const { setFocusDepth, setFocusDirection, leaveFocus, select } = useViewStore.getState();
  if (!focus) return null;
  const index = indexOf(dataset);
  const label = index.factor.get(focus.id)?.label ?? index.intervention.get(focus.id)?.label ?? focus.id;
  return (
    <nav className="focus-bar" aria-label="Focus">
      <span>
        <button type="button" className="link-button" onClick={leaveFocus}>
          Whole map
        </button>
        <span aria-hidden="true"> › </span>
        Focus:{' '}
        <button type="button" className="link-button" onClick={() => select(focus.id)}>
          {label}
        </button>
      </span>
      <label>
        Steps{' '}
        <select value={focus.depth} onChange={(e) => setFocusDepth(Number(e.target.value) as Depth)}>
          {DEPTHS.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </label>
      <label>
        Follow{' '}
        <select value={focus.direction} onChange={(e) => setFocusDirection(e.target.value as Direction)}>
          {DIRECTIONS.map((d) => (
            <option key={d} value={d}>
              {DIRECTION_WORDS[d]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={leaveFocus}>
        Leave focus
      </button>
    </nav>
  );
}
