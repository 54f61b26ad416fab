import { useState } from 'react';
import type { Dataset } from '../../model';

interface TagAdderProps {
  dataset: Dataset;
  grantTitle: string;
  /** Interventions already on the grant: not offered again. */
  present: readonly string[];
  onAdd(intervention: string): void;
  onCancel(): void;
}

/**
 * Choosing an intervention to add, then adding it: a list box that only chooses (arrow keys and
 * typing browse it, as a keyboard user expects) and an Add button, or Enter, that commits.
 * A list box that committed on change added the first option at the first ArrowDown.
 */
export function TagAdder({ dataset, grantTitle, present, onAdd, onCancel }: TagAdderProps) {
  const [chosen, setChosen] = useState('');
  const add = () => {
    if (chosen) onAdd(chosen);
  };
  return (
    <span className="tag-adder" role="group" aria-label={`Add an intervention to ${grantTitle}`}>
      <select
        autoFocus
        aria-label={`Intervention to add to ${grantTitle}`}
        value={chosen}
        onChange={(e) => setChosen(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onCancel();
          }
        }}
      >
        <option value="">Choose an intervention…</option>
        {dataset.interventions
          .filter((i) => !present.includes(i.id))
          .map((i) => (
            <option key={i.id} value={i.id}>
              {i.label}
            </option>
          ))}
      </select>{' '}
      <button type="button" disabled={!chosen} aria-label={`Add the chosen intervention to ${grantTitle}`} onClick={add}>
        Add
      </button>{' '}
      <button type="button" className="link-button" aria-label={`Cancel adding to ${grantTitle}`} onClick={onCancel}>
        Cancel
      </button>
    </span>
  );
}
