import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset, type Dataset } from '../../../../src/model';
import { sameValue } from '../../../../src/store/editing';
import { datasetChanges, saveRecord } from '../../../../src/store/editing/actions';

/** The published dataset exactly as the page loads it: the file's own key order, not the schema's. */
const published = () => JSON.parse(readFileSync(new URL('../../../../data/reoffending-map.json', import.meta.url), 'utf8')) as Dataset;

const validated = (d: Dataset) => {
  const parsed = parseDataset(structuredClone(d));
  if (!parsed.ok) throw new Error('the published dataset does not validate');
  return parsed.dataset;
};

describe('the editor lists only what a person changed', () => {
  it('finds no change between the published file and the same data after validation reorders its keys', () => {
    expect(datasetChanges(published(), validated(published()))).toEqual([]);
  });

  it('after one factor is added, lists that factor and nothing else', () => {
    const loaded = published();
    const factor = { ...loaded.factors[0]!, id: 'debt-on-release', label: 'Debt on release' };
    const edited = validated(saveRecord('factors', factor)(loaded).dataset);
    expect(datasetChanges(loaded, edited).map((c) => `${c.kind} ${c.collection} ${c.id}`)).toEqual(['added factors debt-on-release']);
  });

  it('names the one field that changed in a record whose keys were reordered', () => {
    const loaded = published();
    const first = loaded.interventions[0]!;
    const edited = validated({ ...loaded, interventions: [{ ...first, label: `${first.label} (renamed)` }, ...loaded.interventions.slice(1)] });
    const changes = datasetChanges(loaded, edited);
    expect(changes.map((c) => [c.id, c.fields.map((f) => f.field)])).toEqual([[first.id, ['label']]]);
  });
});

describe('sameValue', () => {
  it('ignores key order and absent-versus-undefined keys, but not array order or values', () => {
    expect(sameValue({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameValue({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });
});
