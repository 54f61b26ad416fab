import { describe, expect, it } from 'vitest';
import { vocabularyAppearance } from '../../../src/map/nodeAppearance';
import { DOMAIN_COLOURS, TYPE_COLOURS } from '../../../src/map/palette';
import { GLYPHS, inkOn } from '../../../src/map/glyphs';

describe('every domain and intervention type looks different, however long the vocabulary', () => {
  for (const [name, palette] of [
    ['domains', DOMAIN_COLOURS],
    ['intervention types', TYPE_COLOURS],
  ] as const) {
    it(`gives each of 40 ${name} its own colour-and-glyph, and the first ${2 * GLYPHS.length} their own glyph (greyscale)`, () => {
      const ids = Array.from({ length: 40 }, (_, i) => `entry-${i}`);
      const looks = ids.map((id) => vocabularyAppearance(palette, ids, id));
      const full = looks.map((l) => `${l.colour} ${l.glyph} ${l.ringed}`);
      expect(new Set(full).size).toBe(ids.length);
      const shapeOnly = looks.slice(0, 2 * GLYPHS.length).map((l) => `${l.glyph} ${l.ringed}`);
      expect(new Set(shapeOnly).size).toBe(shapeOnly.length);
    });
  }

  it('keeps an entry’s look when entries are added after it', () => {
    const before = vocabularyAppearance(TYPE_COLOURS, ['a', 'b', 'c'], 'b');
    const after = vocabularyAppearance(TYPE_COLOURS, ['a', 'b', 'c', 'd', 'e'], 'b');
    expect(after).toEqual(before);
  });

  it('draws glyphs in ink that reads on the fill', () => {
    expect(inkOn('#332288')).toBe('#ffffff');
    expect(inkOn('#DDCC77')).toBe('#1b1b1b');
  });
});
