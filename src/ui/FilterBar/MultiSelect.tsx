import { pluralWord } from '../../model';
import { useCallback, useRef, useState } from 'react';
import { useDismiss } from '../common/useDismiss';

export interface Option {
  id: string;
  label: string;
  description?: string;
  count: number;
}

interface MultiSelectProps {
  label: string;
  options: readonly Option[];
  selected: readonly string[];
  onToggle(id: string): void;
  /** How an option is matched, said beside the options (for example "by reach"). */
  hint?: string;
}

/** A drop-down list of checkboxes, each with how many interventions it would show. */
export function MultiSelect({ label, options, selected, onToggle, hint }: MultiSelectProps) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDetailsElement>(null);
  const close = useCallback(() => {
    // The options go when the list closes, so focus in them (Escape) goes back to the summary, not to the page.
    if (ref.current?.contains(document.activeElement)) (ref.current.firstChild as HTMLElement).focus();
    setOpen(false);
  }, []);
  useDismiss(ref, open, close);
  const chosen = options.filter((o) => selected.includes(o.id)).map((o) => o.label);
  return (
    <details ref={ref} className="multi-select" open={open}>
      {/* The summary opens and closes the list itself (a click, or Enter or Space on it), so the list is drawn in
          the same frame as the details open, not a frame later on the toggle event. */}
      <summary
        onClick={(e) => {
          e.preventDefault();
          setOpen(!open);
        }}
      >
        {label}
        {chosen.length > 0 && <span className="multi-select-count">: {chosen.length === 1 ? chosen[0] : `${chosen.length} chosen`}</span>}
      </summary>
      {/* A closed list is not drawn: nobody sees it, and the bar's lists came to about 230 elements built before the map's first paint. */}
      {open && (
        <fieldset className="multi-select-options">
          <legend className="visually-hidden">{label}</legend>
          {hint && <p className="multi-select-hint">{hint}</p>}
          {options.map((option) => (
            <label key={option.id} title={option.description}>
              <input type="checkbox" checked={selected.includes(option.id)} onChange={() => onToggle(option.id)} />
              <span>{option.label}</span>{' '}
              <span className="option-count">
                {option.count}{' '}
                <span className="visually-hidden">{pluralWord(option.count, 'intervention')}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
    </details>
  );
}
