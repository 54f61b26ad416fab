import { describe, expect, it } from 'vitest';
import { bulkChange, bulkCounts } from '../../src/ui/Grants/bulkTagging';
import type { GrantEntry } from '../../src/ui/Grants/useGrantTaggings';
import type { GrantTagging } from '../../src/analysis/grants/grantTagging';

const entry = (id: string, tagging: GrantTagging): GrantEntry => ({
  fileName: 'x.json',
  tagging,
  grant: { id, title: id, description: '', amount: 100, currency: 'GBP', awardDate: '2020-01-01', recipient: '', funderId: '', funderName: 'X', programme: '', classifications: [] },
});
const suggested = (id: string, interventions: string[]) =>
  entry(id, { status: 'suggested', context: ['prison'], suggestions: interventions.map((intervention) => ({ intervention, factors: [], matched: ['x'], score: 1 })) });

const entries = [suggested('a', ['mentoring']), suggested('b', ['arts-and-creativity', 'mentoring']), entry('c', { status: 'off-map' }), suggested('d', ['mentoring'])];
const tags = { d: { interventions: ['peer-support'] } };

describe('bulk tagging: confirm, clear or forget every grant at once, each undoable', () => {
  it('confirms or clears only the suggested grants not yet decided, leaving a decision made by hand alone', () => {
    expect(bulkCounts(entries, tags)).toEqual({ confirm: 2, clear: 2, forget: 1 });
    const confirm = bulkChange('confirm', entries, tags);
    expect([...confirm.changes]).toEqual([
      ['a', ['mentoring']],
      ['b', ['arts-and-creativity', 'mentoring']],
    ]);
    expect(confirm.done).toBe('Confirmed the suggestions of 2 grants.');
    const clear = bulkChange('clear', entries, tags);
    expect([...clear.changes]).toEqual([
      ['a', []],
      ['b', []],
    ]);
    // Undo forgets what the action set: those grants show their suggestions again.
    expect([...clear.undo]).toEqual([
      ['a', null],
      ['b', null],
    ]);
  });

  it('forgets every decision, and its undo gives back each one as it was', () => {
    const forget = bulkChange('forget', entries, tags);
    expect([...forget.changes]).toEqual([['d', null]]);
    expect([...forget.undo]).toEqual([['d', ['peer-support']]]);
    expect(forget.done).toBe('Forgot your decisions on 1 grant: they show their suggestions again.');
  });
});
