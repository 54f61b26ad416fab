/**
 * The autosaved edits' envelope by version, and the steps that lift an older one to this one, as
 * Excalidraw's restore brings a scene from an older release up to date instead of refusing it.
 * Work a person left unsaved under an older version of the page comes back under this one.
 *
 * - 1 (first autosave, 2026-11-30): `{ address, savedAt, dataset }`.
 * - 2 (two tabs told apart, 2026-11-30): adds `tab`, the tab that wrote it. A version 1 record has
 *   none: it is read as another tab's, so it is offered back, never written over unseen.
 * - 3 (2026-12-07): adds `version`, so the next change is read from the record, not guessed.
 *
 * The dataset inside is validated by parseDataset like any file; every dataset schema so far (1.x,
 * 2.0, 2.1 with impact and cost) only added optional fields, so none needs a step of its own
 * (tests/unit/store/restore/savedEditsVersions.test.ts holds one per schema).
 *
 * Loaded with the restore schemas, only when something stored is read back; the version this page
 * writes is in savedEditsVersion.ts, which the first load carries.
 */
import { SAVED_EDITS_VERSION } from './savedEditsVersion';

export { SAVED_EDITS_VERSION };

type StoredRecord = Record<string, unknown>;

/** Lifts a record of version n to version n + 1. */
const UPGRADES: Record<number, (record: StoredRecord) => StoredRecord> = {
  1: (record) => record,
  2: (record) => record,
};

/** The version a stored record was written under: its own word for it, or what its fields show. */
export function savedEditsVersion(record: StoredRecord): number {
  const { version } = record;
  if (typeof version === 'number' && Number.isInteger(version) && version >= 1) return version;
  return 'tab' in record ? 2 : 1;
}

/**
 * A stored record brought up to this version. A record from a newer page (a version this one does
 * not know) is read as this version's: whatever fields it shares are kept, the rest ignored.
 * Anything that is not a record is left for the schema to refuse.
 */
export function upgradeSavedEdits(stored: unknown): unknown {
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return stored;
  let record = stored as StoredRecord;
  for (let version = savedEditsVersion(record); version < SAVED_EDITS_VERSION; version++) record = UPGRADES[version]!(record);
  return { ...record, version: SAVED_EDITS_VERSION };
}
