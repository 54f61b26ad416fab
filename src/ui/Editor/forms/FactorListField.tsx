import type { Factor } from '../../../model';
import type { FormIssues } from './fieldIssues';
import { EntryOptions } from '../../common/EntryOptions';

interface Props {
  legend: string;
  /** The field's name in the schema ("factors"), for its located messages. */
  path: string;
  value: string[];
  factors: Factor[];
  issues: FormIssues;
  /** "Factor" for a set; "Step" where the order means something, as in a loop. */
  itemNoun: string;
  ordered?: boolean;
  onChange(value: string[]): void;
}

/** A list of factors chosen by label: add, remove and (where order matters) move each one. */
export function FactorListField({ legend, path, value, factors, issues, itemNoun, ordered, onChange }: Props) {
  const sorted = [...factors].sort((a, b) => a.label.localeCompare(b.label));
  const set = (i: number, id: string) => onChange(value.map((v, n) => (n === i ? id : v)));
  const move = (i: number, by: number) => {
    const next = [...value];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    onChange(next);
  };
  // A problem with one item is also filed under the list's name: show it once, beside the item.
  const itemErrors = new Set(value.map((_, i) => issues.byField.get(`${path}[${i}]`)));
  const listError = itemErrors.has(issues.byField.get(path)) ? undefined : issues.byField.get(path);
  return (
    <fieldset className={listError ? 'field field--invalid' : 'field'}>
      <legend>{legend}</legend>
      {value.map((id, i) => {
        const itemError = issues.byField.get(`${path}[${i}]`);
        const name = `${itemNoun} ${i + 1}`;
        return (
          <div className="target-row" key={i}>
            <label>
              {name}
              <select value={id} aria-invalid={itemError ? true : undefined} onChange={(e) => set(i, e.target.value)}>
                {!factors.some((f) => f.id === id) && <option value={id}>{id ? `${id} (not found)` : 'Choose…'}</option>}
                <EntryOptions entries={sorted} labelOf={(f) => f.label} />
              </select>
            </label>
            {ordered && i > 0 && (
              <button type="button" onClick={() => move(i, -1)}>
                Move {name.toLowerCase()} up
              </button>
            )}
            <button type="button" onClick={() => onChange(value.filter((_, n) => n !== i))}>
              Remove {name.toLowerCase()}
            </button>
            {itemError && <p className="field-error">{itemError}</p>}
          </div>
        );
      })}
      {listError && <p className="field-error">{listError}</p>}
      <button type="button" onClick={() => onChange([...value, sorted.find((f) => !value.includes(f.id))?.id ?? sorted[0]?.id ?? ''])}>
        Add {itemNoun.toLowerCase()}
      </button>
    </fieldset>
  );
}
