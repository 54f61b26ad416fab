import { useState } from 'react';
import type { Dataset, VocabularyEntry } from '../../model';
import { useEditStore, type VocabularyName } from '../../store/editing';
import { saveVocabulary } from '../../store/editing/actions';
import { uniqueIdFrom } from './forms/uniqueId';
import { useFollowStored } from './useFollowStored';

const NAMES: { name: VocabularyName; label: string }[] = [
  { name: 'domains', label: 'Domains' },
  { name: 'stages', label: 'Stages (in the order of a person’s journey)' },
  { name: 'interventionTypes', label: 'Intervention types' },
];

/** The three vocabularies as editable rows; a save is one validated, undoable step. */
export function VocabularySection({ dataset }: { dataset: Dataset }) {
  const [name, setName] = useState<VocabularyName>('domains');
  const [rows, setRows] = useState<VocabularyEntry[]>(dataset.vocabularies.domains);
  const [message, setMessage] = useState('');
  // The rows follow Undo and Redo of a vocabulary edit.
  useFollowStored(dataset.vocabularies[name], setRows);
  const choose = (next: VocabularyName) => {
    setName(next);
    setRows(dataset.vocabularies[next]);
    setMessage('');
  };
  const set = (i: number, patch: Partial<VocabularyEntry>) => setRows(rows.map((r, n) => (n === i ? { ...r, ...patch } : r)));
  const save = () => {
    const outcome = useEditStore.getState().apply(saveVocabulary(name, rows));
    setMessage(outcome.ok ? 'Saved.' : `Not saved: ${outcome.issues.slice(0, 4).map((i) => `${i.record}${i.field ? ` ${i.field}` : ''}: expected ${i.expected}`).join('; ')}`);
  };
  return (
    <div className="record-section">
      <label>
        Vocabulary
        <select value={name} onChange={(e) => choose(e.target.value as VocabularyName)}>
          {NAMES.map((n) => (
            <option key={n.name} value={n.name}>
              {n.label}
            </option>
          ))}
        </select>
      </label>
      {rows.map((row, i) => (
        <fieldset key={i} className="vocabulary-row">
          <legend>
            Entry {i + 1}: {row.id || 'new'}
          </legend>
          <label>
            Label
            <input value={row.label} onChange={(e) => set(i, { label: e.target.value })} />
          </label>
          <label>
            Description
            <textarea rows={2} value={row.description} onChange={(e) => set(i, { description: e.target.value })} />
          </label>
          <button type="button" onClick={() => setRows(rows.filter((_, n) => n !== i))}>
            Remove entry {i + 1}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() => setRows([...rows, { id: uniqueIdFrom(`new entry ${rows.length + 1}`, new Set(rows.map((r) => r.id)), 'entry'), label: `New entry ${rows.length + 1}`, description: 'Describe this entry.' }])}
      >
        Add an entry
      </button>
      <button type="button" onClick={save}>
        Save vocabulary
      </button>
      {message && <p className={message === 'Saved.' ? 'editor-status' : 'field-error'} role="status">{message}</p>}
    </div>
  );
}
