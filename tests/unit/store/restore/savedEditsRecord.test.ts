import { describe, expect, it } from 'vitest';
import { restoreSavedEditsRecord } from '../../../../src/store/editing/savedEditsRecord';

describe('autosaved edits read back from this browser', () => {
  it('keeps a possible time', () => {
    expect(restoreSavedEditsRecord({ address: 'a', savedAt: 1_700_000_000_000, dataset: {}, tab: 't' })).toEqual({ address: 'a', savedAt: 1_700_000_000_000, dataset: {}, tab: 't' });
  });

  it.each([['text', 'yesterday'], ['NaN', Number.NaN], ['infinity', Number.POSITIVE_INFINITY], ['past what a Date holds', 9e15], ['negative', -5], ['missing', undefined]])(
    'reads a time that is %s as unknown',
    (_what, savedAt) => {
      expect(restoreSavedEditsRecord({ address: 'a', savedAt, dataset: {} })?.savedAt).toBeNull();
    },
  );

  it('is nothing to offer back when the envelope itself is not one', () => {
    expect(restoreSavedEditsRecord('x')).toBeNull();
    expect(restoreSavedEditsRecord({ savedAt: 1 })).toBeNull();
    expect(restoreSavedEditsRecord(null)).toBeNull();
  });
});
