import { del, get, set } from 'idb-keyval';
import { formatIssue, loadParseDataset, type Dataset, type DatasetIssue } from '../../model';
import { useEditStore, type EditStore } from './editStore';
import type { SavedEdits, SavedEditsWritten } from './savedEditsRecord';
import { SAVED_EDITS_VERSION } from '../restore/savedEditsVersion';
import { plural } from '../../model/plural';

/**
 * Persistence is a subscriber to the edit store, not spread through components: after every edit
 * the edited dataset is written to IndexedDB; discarding deletes it. A failed write (a full quota)
 * is shown to the person and the edit stays in memory, so nothing is lost silently.
 */

export const AUTOSAVE_KEY = 'reoffending-map:unsaved-edits';

/** Where a stored record that cannot be read back is kept, as damaged saved views are: set aside, never overwritten unseen. */
export const AUTOSAVE_SET_ASIDE_KEY = `${AUTOSAVE_KEY}:set-aside`;

/** What was wrong with the stored record this tab set aside, once, for the person to be told. */
let setAsideProblem: string | null = null;

/**
 * The stored saved work through its restore step (loaded only when something is stored), or null.
 * A record whose envelope is damaged (`address: 42`) is copied under its own key before anything
 * can write over it, and the problem kept to be told.
 */
async function readStored(): Promise<SavedEdits | null> {
  const stored: unknown = await get(AUTOSAVE_KEY);
  if (stored === undefined) return null;
  const { readSavedEditsRecord } = await import('./savedEditsRecord');
  const read = readSavedEditsRecord(stored);
  if (read.ok) return read.record;
  await set(AUTOSAVE_SET_ASIDE_KEY, stored);
  await del(AUTOSAVE_KEY);
  setAsideProblem = read.problem;
  return null;
}

/** This tab, for the saved work it writes. */
const THIS_TAB = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;

/**
 * The saved work this tab last wrote or restored (its time). Saved work of the same dataset written
 * by another tab after that is theirs: writing over it would lose their edits without a word.
 */
let lastSeen: number | null = null;

/**
 * Another tab's saved edits of this dataset that this tab has not seen, if any. A record whose
 * time is unknown (damaged) cannot be told apart from this tab's own, so it is no conflict.
 */
function othersUnseen(stored: SavedEdits | null, address: string): SavedEditsWritten | undefined {
  if (!stored || stored.address !== address || stored.tab === THIS_TAB || stored.savedAt === null) return undefined;
  return stored.savedAt === lastSeen ? undefined : { ...stored, savedAt: stored.savedAt };
}

async function write(address: string, dataset: Dataset): Promise<void> {
  const savedAt = Date.now();
  await set(AUTOSAVE_KEY, { address, savedAt, dataset, tab: THIS_TAB, version: SAVED_EDITS_VERSION } satisfies SavedEditsWritten & { version: number });
  lastSeen = savedAt;
  useEditStore.getState().setSaveStatus({ state: 'saved', at: savedAt });
}

/** The person chose to keep this tab's edits over another tab's: write them now. */
export async function saveOverOtherTab(): Promise<void> {
  const { dataset, address } = useEditStore.getState();
  if (dataset === null || address === null) return;
  try {
    await write(address, dataset);
  } catch (error) {
    useEditStore.getState().setSaveStatus({ state: 'failed', message: describeFailure(error) });
  }
}

/** The person chose the other tab's edits: open them here (validated like any file). */
export async function openOtherTabsEdits(): Promise<void> {
  const address = useEditStore.getState().address;
  if (address === null) return;
  const outcome = await readSavedEdits(address);
  if (!outcome.found || !outcome.ok) return;
  lastSeen = outcome.savedAt;
  useEditStore.getState().restore(outcome.dataset, outcome.savedAt ?? 'unknown');
  useEditStore.getState().setSaveStatus(outcome.savedAt === null ? { state: 'idle' } : { state: 'saved', at: outcome.savedAt });
}

function describeFailure(error: unknown): string {
  const name = error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? (error as Error).name : '';
  if (name === 'QuotaExceededError') return 'This browser’s storage is full, so your edits could not be saved here. They are still open in this tab: download the dataset before closing it.';
  return `Your edits could not be saved in this browser (${error instanceof Error ? error.message : String(error)}). They are still open in this tab: download the dataset before closing it.`;
}

/** Starts writing every edit to IndexedDB; returns the unsubscribe. */
export function startAutosave(): () => void {
  let writing = Promise.resolve();
  return useEditStore.subscribe((state: EditStore, previous: EditStore) => {
    if (state.dataset === previous.dataset || state.address === null) return;
    const { dataset, address } = state;
    writing = writing.then(async () => {
      try {
        const theirs = othersUnseen(await readStored(), address);
        if (theirs) {
          // Told, not overwritten: the edit stays in memory here until the person chooses.
          useEditStore.getState().setSaveStatus({ state: 'conflict', at: theirs.savedAt });
          return;
        }
        if (dataset === null) {
          await del(AUTOSAVE_KEY);
          lastSeen = null;
        } else await write(address, dataset);
      } catch (error) {
        useEditStore.getState().setSaveStatus({ state: 'failed', message: describeFailure(error) });
      }
    });
  });
}

export type RestoreOutcome =
  | { found: false }
  /** savedAt is null when the stored time is not a possible one (unknown, not "Invalid Date"). */
  | { found: true; ok: true; dataset: Dataset; savedAt: number | null }
  | { found: true; ok: false; message: string };

/**
 * Reads saved work for this address through the same validation as any file (parseDataset), so
 * stored data from an older version or a tampered store is refused with a reason, not trusted.
 */
export async function readSavedEdits(address: string): Promise<RestoreOutcome> {
  let saved: SavedEdits | null;
  try {
    saved = await readStored();
  } catch {
    return { found: false };
  }
  if (setAsideProblem !== null) {
    const message = `Saved edits stored in this browser could not be read back (${setAsideProblem}), so they were set aside, not restored; new edits are saved as usual.`;
    setAsideProblem = null;
    return { found: true, ok: false, message };
  }
  if (!saved || saved.address !== address) return { found: false };
  const parsed = (await loadParseDataset())(saved.dataset);
  lastSeen = saved.savedAt;
  if (!parsed.ok) return { found: true, ok: false, message: refusedMessage(parsed.issues) };
  return { found: true, ok: true, dataset: parsed.dataset, savedAt: saved.savedAt };
}

/** The refusal says where, as a file's would: the first problems, each located in the dataset. */
function refusedMessage(issues: DatasetIssue[]): string {
  const n = issues.length;
  const shown = issues.slice(0, 3).map(formatIssue).join('; ');
  const more = n > 3 ? `; and ${n - 3} more` : '';
  return `Saved edits in this browser are not a valid dataset (${plural(n, 'problem')}: ${shown}${more}) and were not restored.`;
}

/** On load: brings back unsaved work for this address, if any, and offers the choice. */
export async function restoreEdits(address: string): Promise<RestoreOutcome> {
  const outcome = await readSavedEdits(address);
  if (outcome.found && outcome.ok && useEditStore.getState().address === address) useEditStore.getState().restore(outcome.dataset, outcome.savedAt ?? 'unknown');
  if (outcome.found && !outcome.ok) useEditStore.getState().setSaveStatus({ state: 'failed', message: outcome.message });
  return outcome;
}
