import { describe, expect, it } from 'vitest';
import { plural, pluralWord } from '../../../src/model';

describe('one plural helper', () => {
  it('writes one, none and many as English does', () => {
    expect(plural(1, 'factor')).toBe('1 factor');
    expect(plural(0, 'factor')).toBe('0 factors');
    expect(plural(3, 'study', 'studies')).toBe('3 studies');
    expect(plural(1, 'study', 'studies')).toBe('1 study');
    expect(pluralWord(2, 'grant')).toBe('grants');
    expect(pluralWord(1, 'grant')).toBe('grant');
  });
});
