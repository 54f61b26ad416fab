import { MAX_COMPARED, useCompare, useViewStore } from '../../store';
import './compare.css';

/** Puts an intervention into the side-by-side comparison, or takes it out; says when the comparison is full. */
export function CompareToggle({ id, label }: { id: string; label: string }) {
  const compare = useCompare();
  const { toggleCompare } = useViewStore.getState();
  const chosen = compare.includes(id);
  const full = !chosen && compare.length >= MAX_COMPARED;
  return (
    <label className="compare-toggle" title={full ? `Up to ${MAX_COMPARED} side by side: take one out first` : undefined}>
      <input type="checkbox" checked={chosen} disabled={full} onChange={() => toggleCompare(id)} />
      <span className="compare-toggle-text">Compare</span>
      <span className="visually-hidden"> {label}</span>
    </label>
  );
}
