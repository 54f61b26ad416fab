import { z } from 'zod';
import { zodWithoutEval } from '../../model/zodConfig';
import { upgradeSavedEdits } from '../restore/savedEditsVersions';
import { describeProblem } from '../restore/restoreRecords';

zodWithoutEval();

/**
 * The autosaved edits as stored in IndexedDB, and their restore step (see restore/restoreRecords):
 * the envelope is checked here, the dataset inside it by parseDataset like any file. A time that
 * is not a possible time (text, NaN, beyond what a Date can hold) is read as unknown: it can
 * neither raise a conflict with another tab nor be shown as "Invalid Date". Loaded (with zod) only
 * when something is stored.
 */
const LATEST_DATE_MS = 8.64e15;

const possibleTime = z
  .unknown()
  .transform((value) => (typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= LATEST_DATE_MS ? value : null));

const savedEditsSchema = z.object({
  address: z.string(),
  savedAt: possibleTime,
  dataset: z.unknown(),
  /** The tab that wrote it, so a second tab editing the same dataset is told, not overwritten. */
  tab: z.string().optional().catch(undefined),
});

export type SavedEdits = z.infer<typeof savedEditsSchema>;
/** As written: a known time. */
export type SavedEditsWritten = SavedEdits & { savedAt: number };

/** The stored envelope, brought up to this version (restore/savedEditsVersions.ts), or null when what is stored is not one (nothing this tab can offer back). */
export function restoreSavedEditsRecord(stored: unknown): SavedEdits | null {
  const read = readSavedEditsRecord(stored);
  return read.ok ? read.record : null;
}

/** The same, saying what is wrong with an envelope that is not one (`field "address": expected text, found 42`). */
export function readSavedEditsRecord(stored: unknown): { ok: true; record: SavedEdits } | { ok: false; problem: string } {
  const upgraded = upgradeSavedEdits(stored);
  const parsed = savedEditsSchema.safeParse(upgraded);
  return parsed.success ? { ok: true, record: parsed.data } : { ok: false, problem: describeProblem(parsed.error, upgraded) };
}
