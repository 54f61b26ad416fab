import type { Dataset } from '../../model';
import { MAX_COMPARED, indexOf, useCompare, useViewStore } from '../../store';
import './compare.css';

/**
 * What is chosen to compare so far, and the way to the side-by-side view, wherever interventions are
 * chosen. Compact (in the details panel, beside a view that has its own bar): the button alone.
 */
export function CompareBar({ dataset, compact = false }: { dataset: Dataset; compact?: boolean }) {
  const compare = useCompare();
  const { setView, clearCompare } = useViewStore.getState();
  if (compare.length === 0) return null;
  if (compact) {
    return (
      <button type="button" onClick={() => setView('compare')} disabled={compare.length < 2}>
        Compare side by side ({compare.length} chosen)
      </button>
    );
  }
  const index = indexOf(dataset);
  const names = compare.map((id) => index.intervention.get(id)?.label ?? id).join(', ');
  return (
    <div className="compare-bar" role="region" aria-label="Chosen to compare">
      <p>
        {compare.length} of up to {MAX_COMPARED} chosen to compare: {names}.
        {compare.length < 2 && ' Choose at least one more.'}
      </p>
      <button type="button" onClick={() => setView('compare')} disabled={compare.length < 2}>
        Compare side by side
      </button>
      <button type="button" className="link-button" onClick={clearCompare}>
        Clear
      </button>
    </div>
  );
}
