import type { VocabularyEntry } from '../../../model';
import { Field } from './Field';
import { EntryOptions } from '../../common/EntryOptions';

interface Props {
  label: string;
  value: string;
  entries: { id: string; label: string }[] | VocabularyEntry[];
  error?: string;
  onChange(value: string): void;
}

/** A choice among a vocabulary's entries (or any records), by label. */
export function VocabularySelect({ label, value, entries, error, onChange }: Props) {
  return (
    <Field label={label} {...(error ? { error } : {})}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          {!entries.some((e) => e.id === value) && <option value={value}>{value ? `${value} (not found)` : 'Choose…'}</option>}
          <EntryOptions entries={entries} labelOf={(e) => e.label} />
        </select>
      )}
    </Field>
  );
}
