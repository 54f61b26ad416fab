import { describe, expect, it } from 'vitest';
import { restoreSavedViews } from '../../../../src/store/stories/savedViewsRecord';

const view = (name: string) => ({ name, view: 'lens=funder', savedAt: '2026-12-01T10:00:00.000Z' });
const step = (title: string) => ({ title, caption: `About ${title}`, view: 'select=recall' });

describe('saved views read back from this browser go through one restore step', () => {
  it('keeps a sound record as it was, with no message', () => {
    const stored = { views: [view('Recall')], draft: { title: 'A story', steps: [step('One')] } };
    expect(restoreSavedViews(stored, 'The map')).toEqual({ ...stored, message: null });
  });

  it('the record that blanked the Stories tab: views not a list, steps not a list, both set aside and said where', () => {
    const restored = restoreSavedViews({ views: 'not-a-list', draft: { steps: 'x' } }, 'The map');
    expect(restored.views).toEqual([]);
    expect(restored.draft).toEqual({ title: '', steps: [] });
    expect(restored.message).toContain('the saved views for “The map”');
    expect(restored.message).toContain('field "views": expected a list, found "not-a-list"');
    expect(restored.message).toContain('the story draft’s field "steps": expected a list, found "x"');
  });

  it('sets aside only the bad records and keeps the rest, naming each one set aside', () => {
    const stored = { views: [view('Kept'), { name: 12, view: 'x', savedAt: 'y' }, view('Also kept')], draft: { title: 'T', steps: [step('A'), { title: 'B' }, step('C')] } };
    const restored = restoreSavedViews(stored, 'The map');
    expect(restored.views.map((v) => v.name)).toEqual(['Kept', 'Also kept']);
    expect(restored.draft.steps.map((s) => s.title)).toEqual(['A', 'C']);
    expect(restored.draft.title).toBe('T');
    expect(restored.message).toContain('saved view 2: field "name": expected text, found 12');
    expect(restored.message).toContain('the story draft’s step 2: field "caption": expected text, found nothing');
  });

  it('a stored value that is not a record at all, or a draft that is not one, is set aside whole', () => {
    expect(restoreSavedViews('garbage', 'M').message).toContain('the whole record: expected a record of views and a story draft, found "garbage"');
    const restored = restoreSavedViews({ views: [view('Kept')], draft: [1, 2] }, 'M');
    expect(restored.views).toHaveLength(1);
    expect(restored.message).toContain('field "draft": expected a story draft, found a list of 2');
  });

  it('nothing stored yet is no problem', () => {
    expect(restoreSavedViews(undefined, 'M')).toEqual({ views: [], draft: { title: '', steps: [] }, message: null });
  });
});

describe('a stored text past its length is described in plain words', () => {
  it('says "text longer than 2,000 characters", not zod’s "too big: expected string to have <=2000 characters"', () => {
    const restored = restoreSavedViews({ views: [view('x'.repeat(5000))], draft: { title: 'T', steps: [] } }, 'The map');
    expect(restored.message).toContain('saved view 1: field "name": text longer than 2,000 characters; set aside');
    expect(restored.message).not.toMatch(/too big|<=/);
  });
});
