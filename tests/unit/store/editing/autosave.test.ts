import 'fake-indexeddb/auto';
import { beforeAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as idb from 'idb-keyval';
import { AUTOSAVE_KEY, openOtherTabsEdits, readSavedEdits, restoreEdits, saveOverOtherTab, startAutosave, useEditStore } from '../../../../src/store/editing';
import { saveRecord } from '../../../../src/store/editing/actions';
import { smallMap } from '../../../fixtures/loadFixture';
import { loadParseDataset } from '../../../../src/model';

// The editor shows only once the validator has loaded (EditorLoader awaits it); edits here wait for it too.
beforeAll(async () => {
  await loadParseDataset();
});

const store = () => useEditStore.getState();
const address = 'https://example.org/map.json';
const newFactor = { ...smallMap().factors[0]!, id: 'kept-factor', label: 'Kept factor' };

let stop: () => void = () => {};
beforeEach(async () => {
  await idb.del(AUTOSAVE_KEY);
  store().setBaseline(smallMap(), `other:${Math.random()}`);
  store().setBaseline(smallMap(), address);
  store().setSaveStatus({ state: 'idle' });
  stop = startAutosave();
});
afterEach(() => {
  stop();
  vi.restoreAllMocks();
});

const settled = () => vi.waitFor(() => expect(store().save.state).not.toBe('idle'));

describe('edits survive closing the tab', () => {
  it('saves after an edit, and restores it for the same address through validation', async () => {
    store().apply(saveRecord('factors', newFactor));
    await settled();
    expect(store().save.state).toBe('saved');
    const saved = await readSavedEdits(address);
    expect(saved).toMatchObject({ found: true, ok: true });
    // A fresh page: the baseline is loaded again, then the saved work comes back with a notice.
    store().setBaseline(smallMap(), 'elsewhere');
    store().setBaseline(smallMap(), address);
    expect(store().dataset).toBeNull();
    await restoreEdits(address);
    expect(store().dataset?.factors.some((f) => f.id === 'kept-factor')).toBe(true);
    expect(store().restoredAt).not.toBeNull();
  });

  it('does not offer saved work of another dataset', async () => {
    store().apply(saveRecord('factors', newFactor));
    await settled();
    expect(await readSavedEdits('https://example.org/other.json')).toEqual({ found: false });
  });

  it('refuses stored data that is not a valid dataset', async () => {
    await idb.set(AUTOSAVE_KEY, { address, savedAt: 1, dataset: { meta: 'tampered' } });
    const outcome = await restoreEdits(address);
    expect(outcome).toMatchObject({ found: true, ok: false });
    expect(store().dataset).toBeNull();
  });

  it('discarding deletes the saved work', async () => {
    store().apply(saveRecord('factors', newFactor));
    await settled();
    store().discard();
    await vi.waitFor(async () => expect(await idb.get(AUTOSAVE_KEY)).toBeUndefined());
  });

  it('a full storage quota is reported and the edit is still held in memory', async () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota;
    });
    const outcome = store().apply(saveRecord('factors', newFactor));
    expect(outcome.ok).toBe(true);
    await settled();
    expect(store().save).toMatchObject({ state: 'failed' });
    const save = store().save;
    expect(save.state === 'failed' ? save.message : '').toMatch(/storage is full/);
    expect(store().dataset?.factors.some((f) => f.id === 'kept-factor')).toBe(true);
  });
});

describe('two tabs editing the same dataset', () => {
  /** What another tab of the same browser writes: its own edit of the same dataset, later. */
  async function anotherTabSaves(label: string) {
    const theirs = smallMap();
    theirs.factors.push({ ...newFactor, id: 'their-factor', label });
    const savedAt = Date.now() + 1000;
    await idb.set(AUTOSAVE_KEY, { address, savedAt, dataset: theirs, tab: 'the-other-tab' });
    return savedAt;
  }

  it('the second to save is told, and the first one’s edits are not overwritten', async () => {
    const theirsAt = await anotherTabSaves('Their factor');
    store().apply(saveRecord('factors', newFactor));
    await settled();
    expect(store().save).toEqual({ state: 'conflict', at: theirsAt });
    const stored = (await idb.get(AUTOSAVE_KEY)) as { tab: string; savedAt: number };
    expect(stored).toMatchObject({ tab: 'the-other-tab', savedAt: theirsAt });
    // This tab's edit is still open here.
    expect(store().dataset?.factors.some((f) => f.id === 'kept-factor')).toBe(true);
  });

  it('keeping this tab’s edits writes them; opening the other tab’s shows theirs', async () => {
    await anotherTabSaves('Their factor');
    store().apply(saveRecord('factors', newFactor));
    await settled();
    expect(store().save.state).toBe('conflict');
    await saveOverOtherTab();
    expect(store().save.state).toBe('saved');
    expect(((await idb.get(AUTOSAVE_KEY)) as { dataset: { factors: { id: string }[] } }).dataset.factors.some((f) => f.id === 'kept-factor')).toBe(true);

    await anotherTabSaves('Their second factor');
    store().apply(saveRecord('factors', { ...newFactor, label: 'Kept factor, renamed' }, 'kept-factor'));
    await vi.waitFor(() => expect(store().save.state).toBe('conflict'));
    await openOtherTabsEdits();
    expect(store().dataset?.factors.find((f) => f.id === 'their-factor')?.label).toBe('Their second factor');
    expect(store().dataset?.factors.some((f) => f.id === 'kept-factor')).toBe(false);
  });

  it('a tab that opened the other tab’s saved work takes it over without a conflict', async () => {
    await anotherTabSaves('Their factor');
    await restoreEdits(address);
    store().keepRestored();
    store().apply(saveRecord('factors', newFactor));
    await vi.waitFor(() => expect(store().save.state).toBe('saved'));
  });
});

describe('damaged saved work', () => {
  it('another tab’s record with an impossible time is treated as unknown, not as a conflict', async () => {
    const theirs = smallMap();
    await idb.set(AUTOSAVE_KEY, { address, savedAt: 'not a time', dataset: theirs, tab: 'the-other-tab' });
    store().apply(saveRecord('factors', newFactor));
    await settled();
    expect(store().save.state).toBe('saved');
  });

  it('restored work with an impossible time says so, never "Invalid Date"', async () => {
    await idb.set(AUTOSAVE_KEY, { address, savedAt: Number.NaN, dataset: smallMap() });
    const outcome = await restoreEdits(address);
    expect(outcome).toMatchObject({ found: true, ok: true, savedAt: null });
    expect(store().restoredAt).toBe('unknown');
  });

  it('a refusal says where the saved dataset is wrong, not only how many problems', async () => {
    const damaged = smallMap() as unknown as { factors: Array<Record<string, unknown>> };
    damaged.factors[1]!.label = '';
    await idb.set(AUTOSAVE_KEY, { address, savedAt: 1, dataset: damaged });
    const outcome = await restoreEdits(address);
    expect(outcome.found && !outcome.ok ? outcome.message : '').toMatch(/1 problem: factors\[1\].*field "label"/);
  });
});

describe('saved edits whose envelope is damaged are set aside, not dropped and overwritten', () => {
  it('keeps the damaged record under its own key, says what is wrong, and saves new edits as usual', async () => {
    const damaged = { address: 42, savedAt: 1_700_000_000_000, dataset: smallMap() };
    await idb.set(AUTOSAVE_KEY, damaged);
    const outcome = await restoreEdits(address);
    expect(outcome).toEqual({
      found: true,
      ok: false,
      message: 'Saved edits stored in this browser could not be read back (field "address": expected text, found 42), so they were set aside, not restored; new edits are saved as usual.',
    });
    expect(store().save).toMatchObject({ state: 'failed', message: expect.stringContaining('set aside') });
    expect(await idb.get(`${AUTOSAVE_KEY}:set-aside`)).toEqual(damaged);
    // A new edit is saved in its place; what was set aside stays.
    store().setSaveStatus({ state: 'idle' });
    store().apply(saveRecord('factors', newFactor));
    await settled();
    expect(store().save.state).toBe('saved');
    expect(await idb.get(`${AUTOSAVE_KEY}:set-aside`)).toEqual(damaged);
    expect(await readSavedEdits(address)).toMatchObject({ found: true, ok: true });
  });
});
