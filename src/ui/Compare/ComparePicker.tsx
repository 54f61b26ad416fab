import type { Dataset } from '../../model';
import { MAX_COMPARED, useViewStore } from '../../store';
import { EntryOptions } from '../common/EntryOptions';

/** Adds an intervention to the comparison from a list, and clears it; says when it is full. */
export function ComparePicker({ dataset, chosen }: { dataset: Dataset; chosen: readonly string[] }) {
  const label = (id: string) => dataset.interventions.find((i) => i.id === id)?.label ?? id;
  const { toggleCompare, clearCompare } = useViewStore.getState();
  const full = chosen.length >= MAX_COMPARED;
  const left = [...dataset.interventions].filter((i) => !chosen.includes(i.id)).sort((a, b) => a.label.localeCompare(b.label));
  return (
    <div className="compare-picker">
      <label>
        <span>Add an intervention</span>{' '}
        <select
          value=""
          disabled={full || left.length === 0}
          onChange={(e) => {
            if (e.target.value) toggleCompare(e.target.value);
          }}
        >
          <option value="">{full ? `Full: up to ${MAX_COMPARED} side by side` : 'Choose…'}</option>
          <EntryOptions entries={left} labelOf={(i) => i.label} />
        </select>
      </label>
      {chosen.length > 0 && (
        <ul className="compare-chosen" aria-label="Chosen">
          {chosen.map((id) => (
            <li key={id}>
              {label(id)}{' '}
              <button type="button" className="compare-chip-remove" aria-label={`Remove ${label(id)}`} onClick={() => toggleCompare(id)}>
                ×
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="link-button" onClick={clearCompare}>
              Clear the comparison
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
