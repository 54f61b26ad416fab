import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as idb from 'idb-keyval';
import { AUTOSAVE_KEY, readSavedEdits, startAutosave, useEditStore } from '../../../../src/store/editing';
import { saveRecord } from '../../../../src/store/editing/actions';
import { SAVED_EDITS_VERSION, savedEditsVersion, upgradeSavedEdits } from '../../../../src/store/restore/savedEditsVersions';
import { loadParseDataset, type Dataset } from '../../../../src/model';
import { smallMap } from '../../../fixtures/loadFixture';
import { impactMap } from '../../../fixtures/loadImpactFixture';

/**
 * Work left unsaved under an older version of the page comes back under this one: one test per
 * version of the stored envelope, and one per dataset schema the autosave could have held.
 */
const address = 'https://example.org/map.json';
const savedAt = 1_764_000_000_000;

beforeAll(async () => {
  await loadParseDataset();
});
beforeEach(async () => {
  await idb.del(AUTOSAVE_KEY);
});

async function restoredFrom(stored: unknown) {
  await idb.set(AUTOSAVE_KEY, stored);
  return readSavedEdits(address);
}

/** Schema 2.0 (external research, 2026-11-30): findings and rating bases, before estimates, costs, ratios and stakes. */
function schema20(dataset: Dataset): Dataset {
  const rest = { ...dataset };
  delete rest.stakes;
  return {
    ...rest,
    interventions: dataset.interventions.map(({ cost: _cost, valueForMoney: _ratios, ...i }) => ({
      ...i,
      evidence: { ...i.evidence, citations: i.evidence.citations.map(({ estimate: _estimate, ...c }) => c) },
    })),
  };
}

describe('autosaved work from every version of the envelope is restored', () => {
  const dataset = smallMap();
  it.each([
    ['1 (address, time and dataset)', { address, savedAt, dataset }, 1],
    ['2 (and the tab that wrote it)', { address, savedAt, dataset, tab: 'another-tab' }, 2],
    [`${SAVED_EDITS_VERSION} (and its version)`, { address, savedAt, dataset, tab: 'another-tab', version: SAVED_EDITS_VERSION }, SAVED_EDITS_VERSION],
  ])('version %s', async (_name, stored, version) => {
    expect(savedEditsVersion(stored)).toBe(version);
    const outcome = await restoredFrom(stored);
    expect(outcome).toEqual({ found: true, ok: true, dataset, savedAt });
    expect(upgradeSavedEdits(stored)).toMatchObject({ version: SAVED_EDITS_VERSION, address, savedAt });
  });

  it('this page writes its own version with every autosave', async () => {
    const store = () => useEditStore.getState();
    store().setBaseline(smallMap(), `elsewhere:${Math.random()}`);
    store().setBaseline(smallMap(), address);
    store().setSaveStatus({ state: 'idle' });
    const stop = startAutosave();
    try {
      store().apply(saveRecord('factors', { ...smallMap().factors[0]!, id: 'kept-factor', label: 'Kept factor' }));
      await vi.waitFor(() => expect(store().save.state).toBe('saved'));
      expect(await idb.get(AUTOSAVE_KEY)).toMatchObject({ address, version: SAVED_EDITS_VERSION });
    } finally {
      stop();
    }
  });

  it('reads a record from a newer page by the fields it shares, rather than refusing it', async () => {
    const outcome = await restoredFrom({ address, savedAt, dataset, tab: 't', version: SAVED_EDITS_VERSION + 1, somethingNew: true });
    expect(outcome).toEqual({ found: true, ok: true, dataset, savedAt });
  });

  // Issue 24 (second round): a value that is no record at all was dropped without a word and then
  // written over; it is set aside and the person told, like any damaged stored record.
  it('sets aside a value that is no record at all, saying what it is', async () => {
    expect(await restoredFrom('not a record')).toEqual({ found: true, ok: false, message: expect.stringContaining('could not be read back (expected a record, found "not a record"), so they were set aside') });
    expect(await restoredFrom([address, savedAt])).toEqual({ found: true, ok: false, message: expect.stringContaining('expected a record, found a list of 2') });
  });
});

describe('autosaved work under every dataset schema so far is restored', () => {
  it.each([
    ['1.x (quotes only, 2026-11-24)', smallMap()],
    ['2.0 (external research summarised, with rating bases)', schema20(impactMap())],
    ['2.1 (impact estimates, costs, value for money and stakes)', impactMap()],
  ])('schema %s', async (_name, dataset) => {
    const outcome = await restoredFrom({ address, savedAt, dataset });
    expect(outcome).toEqual({ found: true, ok: true, dataset, savedAt });
  });

  it('the 2.0 dataset is what it says: no estimate, cost, ratio or stake left in it', () => {
    const text = JSON.stringify(schema20(impactMap()));
    for (const field of ['"estimate"', '"cost"', '"valueForMoney"', '"stakes"']) expect(text).not.toContain(field);
    expect(text).toContain('"finding"');
  });
});
