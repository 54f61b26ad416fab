import { create, type StoreApi } from 'zustand';
import { temporal, type TemporalState } from 'zundo';
// The editor awaits loadParseDataset before it shows, so its edits find the validator loaded.
import { parseDatasetLoaded as parseDataset, type Dataset, type DatasetIssue } from '../../model';
import type { EditAction } from './editAction';

/**
 * The one path every edit takes: an action makes the next dataset, parseDataset validates it,
 * and only a valid result is kept (an invalid one is refused with its located issues and changes
 * nothing). zundo keeps the history of `dataset` alone; undo and redo are actions like any other.
 */

export type EditOutcome = { ok: true } | { ok: false; issues: DatasetIssue[] };

/** Where the autosave stands, for the header: a failure is shown, and the edit stays in memory. */
export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saved'; at: number }
  | { state: 'failed'; message: string }
  /** Another tab saved edits of this dataset since this tab last saw them: this tab's were not written over them. */
  | { state: 'conflict'; at: number };

export interface EditState {
  /** The dataset as loaded (published); the changes view compares against it. */
  baseline: Dataset | null;
  /** The address the baseline came from, so saved work is only offered back for the same dataset. */
  address: string | null;
  /** The edited dataset; null while nothing has been edited (the app shows the baseline). */
  dataset: Dataset | null;
  editing: boolean;
  save: SaveStatus;
  /** Set when unsaved work was brought back on load, until the person chooses what to do ('unknown': its stored time was damaged). */
  restoredAt: number | 'unknown' | null;
}

export interface EditActions {
  /** Takes the loaded dataset as the baseline; an edit session on another address is dropped. */
  setBaseline(baseline: Dataset, address: string): void;
  apply(action: EditAction): EditOutcome;
  /** What `apply` would say of this edit, without making it: for forms that validate as you type. */
  check(action: EditAction): EditOutcome;
  undo(): void;
  redo(): void;
  /** Brings back saved work (already validated by restoreEdits); not an undoable step. */
  restore(dataset: Dataset, savedAt: number | 'unknown'): void;
  /** Keeps the restored work and opens the editor on it. */
  keepRestored(): void;
  /** Drops every edit and returns to the published dataset. */
  discard(): void;
  setEditing(on: boolean): void;
  setSaveStatus(save: SaveStatus): void;
}

export type EditStore = EditState & EditActions;

export const HISTORY_LIMIT = 200;

type Tracked = Pick<EditState, 'dataset'>;

export const useEditStore = create<EditStore>()(
  temporal<EditStore, [], [], Tracked>(
    (set, get, store) => {
      // zundo adds `temporal` to the store; its creator type does not say so.
      const historyOf = () => (store as unknown as { temporal: StoreApi<TemporalState<Tracked>> }).temporal.getState();
      return {
      baseline: null,
      address: null,
      dataset: null,
      editing: false,
      save: { state: 'idle' },
      restoredAt: null,
      setBaseline(baseline, address) {
        const same = get().address === address;
        set(same ? { baseline } : { baseline, address, dataset: null, restoredAt: null });
        if (!same) historyOf().clear();
      },
      check(action) {
        const current = get().dataset ?? get().baseline;
        if (!current) return { ok: false, issues: [{ record: '(the dataset)', field: '', expected: 'a loaded dataset to edit' }] };
        const parsed = parseDataset(action(current).dataset);
        return parsed.ok ? { ok: true } : { ok: false, issues: parsed.issues };
      },
      apply(action) {
        const current = get().dataset ?? get().baseline;
        if (!current) return { ok: false, issues: [{ record: '(the dataset)', field: '', expected: 'a loaded dataset to edit' }] };
        const result = action(current);
        const parsed = parseDataset(result.dataset);
        if (!parsed.ok) return { ok: false, issues: parsed.issues };
        const history = historyOf();
        if (!result.entersHistory) history.pause();
        set({ dataset: parsed.dataset });
        if (!result.entersHistory) history.resume();
        return { ok: true };
      },
      undo: () => historyOf().undo(),
      redo: () => historyOf().redo(),
      restore(dataset, savedAt) {
        const history = historyOf();
        history.pause();
        set({ dataset, restoredAt: savedAt });
        history.resume();
        history.clear();
      },
      keepRestored: () => set({ restoredAt: null, editing: true }),
      discard() {
        const history = historyOf();
        history.pause();
        set({ dataset: null, restoredAt: null });
        history.resume();
        history.clear();
      },
      setEditing: (editing) => set({ editing }),
      setSaveStatus: (save) => set({ save }),
      };
    },
    {
      limit: HISTORY_LIMIT,
      partialize: (state): Tracked => ({ dataset: state.dataset }),
      equality: (a, b) => a.dataset === b.dataset,
    },
  ),
);

/** The dataset the app shows: the edited one when there are edits, else the loaded one. */
export const shownDatasetOf = (state: EditState): Dataset | null => state.dataset ?? state.baseline;
