import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useEditStore, HISTORY_LIMIT } from '../../../../src/store/editing';
import { deleteRecord, saveRecord } from '../../../../src/store/editing/actions';
import { smallMap } from '../../../fixtures/loadFixture';
import { loadParseDataset } from '../../../../src/model';

// The editor shows only once the validator has loaded (EditorLoader awaits it); edits here wait for it too.
beforeAll(async () => {
  await loadParseDataset();
});

const store = () => useEditStore.getState();
const shown = () => store().dataset ?? store().baseline!;
const newFactor = (id: string) => ({ ...smallMap().factors[0]!, id, label: `Factor ${id}` });

beforeEach(() => {
  store().setBaseline(smallMap(), `test:${Math.random()}`);
});

describe('a researcher edits the dataset through one path with undo and redo', () => {
  it('adds a factor, undoes and redoes it', () => {
    const before = shown().factors.length;
    expect(store().apply(saveRecord('factors', newFactor('new-factor')))).toEqual({ ok: true });
    expect(shown().factors.map((f) => f.id)).toContain('new-factor');
    store().undo();
    expect(shown().factors).toHaveLength(before);
    store().redo();
    expect(shown().factors.map((f) => f.id)).toContain('new-factor');
  });

  it('refuses an invalid edit with the located problem and changes nothing', () => {
    const before = shown();
    const outcome = store().apply(saveRecord('factors', { ...newFactor('bad'), label: '' }));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues[0]).toMatchObject({ field: 'label' });
    expect(outcome.issues[0]!.record).toMatch(/^factors\[\d+\]/);
    expect(shown()).toBe(before);
    expect(useEditStore.temporal.getState().pastStates).toHaveLength(0);
  });

  it('refuses a link to a factor that does not exist', () => {
    const link = { ...smallMap().links[0]!, id: 'dangling', to: 'no-such-factor' };
    const outcome = store().apply(saveRecord('links', link));
    expect(outcome.ok).toBe(false);
  });

  it('renaming a factor follows its id through links and targets, in one undoable step', () => {
    const factor = shown().factors.find((f) => shown().links.some((l) => l.from === f.id))!;
    store().apply(saveRecord('factors', { ...factor, id: 'renamed' }, factor.id));
    expect(shown().links.some((l) => l.from === 'renamed')).toBe(true);
    expect(shown().links.some((l) => l.from === factor.id || l.to === factor.id)).toBe(false);
    store().undo();
    expect(shown().factors.some((f) => f.id === factor.id)).toBe(true);
  });

  it('deleting a factor takes its links with it, and undo brings both back', () => {
    const base = shown();
    const factor = base.factors.find((f) => f.id !== base.meta.outcome && base.links.some((l) => l.from === f.id))!;
    const outcome = store().apply(deleteRecord('factors', factor.id));
    expect(outcome).toEqual({ ok: true });
    expect(shown().links.some((l) => l.from === factor.id || l.to === factor.id)).toBe(false);
    store().undo();
    expect(shown()).toEqual(base);
  });

  it(`keeps at least 100 steps of history (limit ${HISTORY_LIMIT})`, () => {
    for (let i = 0; i < 120; i++) store().apply(saveRecord('factors', newFactor(`step-${i}`)));
    for (let i = 0; i < 120; i++) store().undo();
    expect(shown().factors.some((f) => f.id.startsWith('step-'))).toBe(false);
  });

  it('discarding returns to the published dataset', () => {
    store().apply(saveRecord('factors', newFactor('gone')));
    store().discard();
    expect(store().dataset).toBeNull();
    expect(shown().factors.some((f) => f.id === 'gone')).toBe(false);
  });
});
