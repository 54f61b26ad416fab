import { describe, expect, it } from 'vitest';
import { noteTextFreeOfHiddenCharacters, revealHiddenText } from '../../../src/io/revealHiddenText';
import { smallMap } from '../../fixtures/loadFixture';

describe('hidden characters anywhere in a loaded dataset are shown by their code', () => {
  it('leaves a dataset with none as the very same object', () => {
    const dataset = smallMap();
    const revealed = revealHiddenText(dataset);
    expect(revealed.dataset).toBe(dataset);
    expect(revealed.fields).toEqual([]);
  });

  it('shows a title’s override, a label’s zero-width space and a control character, and says where', () => {
    const dataset = smallMap();
    const [first, second] = dataset.factors;
    const hostile = {
      ...dataset,
      meta: { ...dataset.meta, title: 'Map \u202egnp.json' },
      factors: [{ ...first!, label: '\u200bHousing' }, { ...second!, description: 'bell\u0007 here' }, ...dataset.factors.slice(2)],
    };
    const { dataset: shown, fields } = revealHiddenText(hostile);
    expect(shown.meta.title).toBe('Map [U+202E]gnp.json');
    expect(shown.factors[0]!.label).toBe('[U+200B]Housing');
    expect(shown.factors[1]!.description).toBe('bell[U+0007] here');
    expect(fields).toEqual(['meta.title', `factors[${first!.id}].label`, `factors[${second!.id}].description`]);
    // Untouched parts are shared, not copied.
    expect(shown.links).toBe(hostile.links);
    expect(shown.factors[2]).toBe(hostile.factors[2]);
  });

  it('trusts a clean file’s scan, but still walks a file whose escapes write an override', () => {
    const clean = JSON.stringify(smallMap());
    const fromClean = JSON.parse(clean) as ReturnType<typeof smallMap>;
    noteTextFreeOfHiddenCharacters(fromClean, clean);
    expect(revealHiddenText(fromClean).dataset).toBe(fromClean);
    // The text holds no override itself, only the escape that writes one: the value must still be shown by its code.
    const escaped = clean.replace('"title":"', '"title":"\\u202e');
    expect(escaped).not.toMatch(/\u202e/);
    const fromEscaped = JSON.parse(escaped) as ReturnType<typeof smallMap>;
    noteTextFreeOfHiddenCharacters(fromEscaped, escaped);
    const { dataset, fields } = revealHiddenText(fromEscaped);
    expect(dataset.meta.title.startsWith('[U+202E]')).toBe(true);
    expect(fields).toEqual(['meta.title']);
  });
});
