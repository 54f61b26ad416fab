import { useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { plural, type Dataset } from '../../model';
import { useEditStore, type Collection, type RecordOf } from '../../store/editing';
import { deleteRecord, dependentsOf, saveRecord } from '../../store/editing/actions';
import { issuesFor, NO_ISSUES, type FormIssues } from './forms/fieldIssues';
import { uniqueIdFrom } from './forms/uniqueId';
import { withLayoutPinned } from './withLayoutPinned';
import { ConfirmDelete } from './ConfirmDelete';
import { EntryOptions } from '../common/EntryOptions';
import { useFollowStored } from './useFollowStored';
import { revealOnNextDraw } from '../../map/revealRequest';

export interface RecordFormProps<C extends Collection> {
  draft: RecordOf<C>;
  dataset: Dataset;
  issues: FormIssues;
  isNew: boolean;
  onChange(next: RecordOf<C>): void;
}

export interface RecordKindUi<C extends Collection> {
  collection: C;
  /** One record, in words: "factor". */
  noun: string;
  nameOf(record: RecordOf<C>): string;
  blank(dataset: Dataset): RecordOf<C>;
  /** What a new record's id is made from (its label; a link's ends). */
  idSource(record: RecordOf<C>): string;
  Form: ComponentType<RecordFormProps<C>>;
  /** A new record is a node on the map: pin the others where they are first, so only it moves. */
  isNode?: boolean;
}

/** The messages about fields that differ from the record as it was opened (by their top-level name). */
function changedFieldsOnly<T>(issues: FormIssues, draft: T, opened: T | null): FormIssues {
  const before = (opened ?? {}) as Record<string, unknown>;
  const now = draft as Record<string, unknown>;
  const changed = (key: string) => {
    const top = key.split(/[.[]/)[0]!;
    return JSON.stringify(now[top]) !== JSON.stringify(before[top]);
  };
  return { byField: new Map([...issues.byField].filter(([key]) => changed(key))), other: [] };
}

/** "an intervention", "a factor". */
const article = (noun: string) => (/^[aeiou]/i.test(noun) ? 'an' : 'a');

/**
 * A list of one kind of record with a form to add, edit or delete one. Every save goes through the
 * edit store (validated there); a refused save leaves the draft as typed, with each message beside its field.
 */
export function RecordSection<C extends Collection>({ kind, dataset }: { kind: RecordKindUi<C>; dataset: Dataset }) {
  const records = useMemo(() => (dataset[kind.collection] ?? []) as RecordOf<C>[], [dataset, kind.collection]);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [draft, setDraft] = useState<RecordOf<C> | null>(null);
  const [idTouched, setIdTouched] = useState(false);
  const [issues, setIssues] = useState<FormIssues>(NO_ISSUES);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [opened, setOpened] = useState<RecordOf<C> | null>(null);
  const [attempted, setAttempted] = useState(false);
  // Where focus goes when the confirmation closes: back to its opener, or (the record gone) to the picker.
  const deleteButtonRef = useRef<HTMLButtonElement>(null);
  const pickerRef = useRef<HTMLSelectElement>(null);
  const isNew = draft !== null && editingId === null;

  // The form follows Undo and Redo: it shows the record as the dataset now holds it, and closes
  // when an undo removes the record it was editing.
  const stored = editingId === null ? null : (records.find((r) => r.id === editingId) ?? null);
  useFollowStored(stored, (record) => {
    if (editingId === null) return;
    if (record) {
      const copy = structuredClone(record);
      setDraft(copy);
      setOpened(copy);
      return;
    }
    setDraft(null);
    setEditingId(null);
    setStatus(`The ${kind.noun} ${editingId} is no longer in the dataset (undone).`);
  });

  // Validation as you type: a moment after each change the draft is checked as a save would be
  // (the same parseDataset), and the messages are shown beside the fields the person has changed;
  // after a save was tried, beside every field.
  useEffect(() => {
    if (!draft) return;
    const timer = setTimeout(() => {
      const index = editingId === null ? records.length : records.findIndex((r) => r.id === editingId);
      const outcome = useEditStore.getState().check(saveRecord(kind.collection, draft, editingId ?? undefined));
      const all = outcome.ok ? NO_ISSUES : issuesFor(outcome.issues, kind.collection, index);
      setIssues(attempted ? all : changedFieldsOnly(all, draft, opened));
    }, 250);
    return () => clearTimeout(timer);
  }, [draft, attempted, editingId, opened, records, kind.collection]);

  const open = (record: RecordOf<C> | null) => {
    const next = record ? structuredClone(record) : kind.blank(dataset);
    setDraft(next);
    setOpened(next);
    setAttempted(false);
    setEditingId(record ? record.id : null);
    setIdTouched(record !== null);
    setIssues(NO_ISSUES);
    setStatus('');
  };

  const change = (next: RecordOf<C>) => {
    const taken = new Set(records.map((r) => r.id));
    const withId = isNew && !idTouched ? { ...next, id: uniqueIdFrom(kind.idSource(next), taken, kind.collection.replace(/s$/, '')) } : next;
    setDraft(withId);
  };

  const save = () => {
    if (!draft) return;
    setAttempted(true);
    const index = editingId === null ? records.length : records.findIndex((r) => r.id === editingId);
    const save = saveRecord(kind.collection, draft, editingId ?? undefined);
    const addsNode = kind.isNode && editingId === null;
    const outcome = useEditStore.getState().apply(addsNode ? withLayoutPinned(save) : save);
    if (!outcome.ok) {
      setIssues(issuesFor(outcome.issues, kind.collection, index));
      setStatus(`Not saved: ${plural(outcome.issues.length, 'problem')} to fix.`);
      return;
    }
    // The map, redrawn with the new node, brings it into sight, named, wherever the view was. (Not
    // by selecting it: the details panel would leave the map a sliver beside the editor.)
    if (addsNode) revealOnNextDraw(draft.id);
    setIssues(NO_ISSUES);
    setStatus(`Saved ${kind.noun} “${kind.nameOf(draft)}”.`);
    setEditingId(draft.id);
    setIdTouched(true);
  };

  const remove = (id: string) => {
    const outcome = useEditStore.getState().apply(deleteRecord(kind.collection, id));
    setConfirming(null);
    if (!outcome.ok) {
      deleteButtonRef.current?.focus();
      setStatus(`Not deleted: ${outcome.issues.slice(0, 3).map((i) => `${i.record} ${i.field}: expected ${i.expected}`).join('; ')}`);
      return;
    }
    setStatus(`Deleted ${kind.noun} ${id}.`);
    if (editingId === id) {
      setDraft(null);
      setEditingId(null);
    }
    pickerRef.current?.focus();
  };

  const dependents = confirming ? dependentsOf(dataset, kind.collection, confirming) : null;
  const Form = kind.Form;
  return (
    <div className="record-section">
      <div className="record-picker">
        <label>
          Edit {article(kind.noun)} {kind.noun}
          <select ref={pickerRef} value={editingId ?? ''} onChange={(e) => open(records.find((r) => r.id === e.target.value) ?? null)}>
            <option value="">Choose…</option>
            <EntryOptions entries={records} labelOf={(r) => kind.nameOf(r)} />
          </select>
        </label>
        <button type="button" onClick={() => open(null)}>
          Add {article(kind.noun)} {kind.noun}
        </button>
      </div>
      {status && <p className="editor-status" role="status">{status}</p>}
      {draft && (
        <form
          className="record-form"
          aria-label={isNew ? `New ${kind.noun}` : `Edit ${kind.noun}`}
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          {issues.other.length > 0 && (
            <ul className="form-problems" aria-label="Problems elsewhere in the dataset">
              {issues.other.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
          <label className="field">
            Id
            <input
              value={draft.id}
              onChange={(e) => {
                setIdTouched(true);
                setDraft({ ...draft, id: e.target.value });
              }}
              aria-invalid={issues.byField.has('id') ? true : undefined}
            />
          </label>
          {issues.byField.get('id') && <p className="field-error">{issues.byField.get('id')}</p>}
          <Form key={editingId ?? 'new'} draft={draft} dataset={dataset} issues={issues} isNew={isNew} onChange={change} />
          <div className="form-actions">
            <button type="submit">{isNew ? `Add ${kind.noun}` : `Save ${kind.noun}`}</button>
            {!isNew && editingId && (
              <button ref={deleteButtonRef} type="button" className="danger" aria-haspopup="dialog" onClick={() => setConfirming(editingId)}>
                Delete {kind.noun}…
              </button>
            )}
          </div>
        </form>
      )}
      {confirming && dependents && (
        <ConfirmDelete
          noun={kind.noun}
          id={confirming}
          dependents={dependents}
          onDelete={() => remove(confirming)}
          onCancel={() => {
            setConfirming(null);
            deleteButtonRef.current?.focus();
          }}
        />
      )}
    </div>
  );
}
