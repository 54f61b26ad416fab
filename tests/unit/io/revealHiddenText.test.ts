import { describe, expect, it } from 'vitest';
import { revealHiddenText } from '../../../src/io/revealHiddenText';
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
});
