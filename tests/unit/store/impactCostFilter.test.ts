import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_FILTER, buildMapGraph, filterView, type ViewFilter } from '../../../src/analysis';
import { COST_FILTER_VALUES, IMPACT_LEVELS } from '../../../src/model';
import { fromParams, toParams } from '../../../src/store/url/viewParams';
import { DEFAULT_VIEW_STATE } from '../../../src/store/viewState';
import { describeView } from '../../../src/store/viewPieces/describeView';
import { announceChange as viewChangeMessages } from '../../../src/store/viewPieces/announceChange';
import { impactMap } from '../../fixtures/loadImpactFixture';

const read = (query: string) => fromParams(new URLSearchParams(query));

describe('impact= and cost= in the link', () => {
  it('gives back any choice of impact levels and cost bands after a trip through the URL (property)', () => {
    const choice = fc.record({
      impacts: fc.uniqueArray(fc.constantFrom(...IMPACT_LEVELS), { minLength: 1 }),
      costs: fc.uniqueArray(fc.constantFrom(...COST_FILTER_VALUES), { minLength: 1 }),
    });
    fc.assert(
      fc.property(choice, ({ impacts, costs }) => {
        const state = { ...DEFAULT_VIEW_STATE, filter: { ...NO_FILTER, impacts, costs } };
        const { state: back, notices } = read(toParams(state).toString());
        expect(notices).toEqual([]);
        expect(back.filter).toEqual(state.filter);
      }),
      { numRuns: 200 },
    );
  });

  it('writes the documented names and leaves an untouched filter out of the link', () => {
    const filter: ViewFilter = { ...NO_FILTER, impacts: ['moderate', 'large'], costs: ['low'] };
    expect(toParams({ ...DEFAULT_VIEW_STATE, filter }).toString()).toBe('impact=moderate%2Clarge&cost=low');
    expect(read('').state.filter).toBe(NO_FILTER);
  });

  it('ignores an unknown level or band, saying which values it expected', () => {
    const { state, notices } = read('impact=huge,large&cost=free');
    expect(state.filter.impacts).toEqual(['large']);
    expect(state.filter.costs).toBeUndefined();
    expect(notices).toEqual([
      `Ignored impact "huge": expected one of ${IMPACT_LEVELS.join(', ')}.`,
      `Ignored cost "free": expected one of ${COST_FILTER_VALUES.join(', ')}.`,
    ]);
  });
});

describe('the impact and cost filters', () => {
  const dataset = impactMap();
  const shown = (filter: ViewFilter) =>
    [...filterView(dataset, buildMapGraph(dataset), filter).nodes].filter((id) => dataset.interventions.some((i) => i.id === id)).sort();

  it('keep only the interventions rated, or costed, as chosen', () => {
    expect(shown({ ...NO_FILTER, impacts: ['harmful', 'no-clear-effect'] })).toEqual(['drill-camps', 'scare-tactics']);
    expect(shown({ ...NO_FILTER, costs: ['not-known'] })).toEqual(['peer-mentors', 'scare-tactics']);
    expect(shown({ ...NO_FILTER, impacts: ['small', 'large'], costs: ['high'] })).toEqual(['treatment']);
  });

  it('count a cost cited only in dollars as known, in its own option, never under "not known"', () => {
    const withDollars = impactMap();
    const peer = withDollars.interventions.find((i) => i.id === 'peer-mentors')!;
    peer.cost = { perParticipant: { low: 433, high: 433 }, currency: 'USD', priceYear: 2015, covers: 'all', reported: '($433)', citation: { source: 'costs-study', finding: 'f', locator: 'l' } };
    const pick = (filter: ViewFilter) =>
      [...filterView(withDollars, buildMapGraph(withDollars), filter).nodes].filter((id) => withDollars.interventions.some((i) => i.id === id)).sort();
    expect(pick({ ...NO_FILTER, costs: ['other-currency'] })).toEqual(['peer-mentors']);
    expect(pick({ ...NO_FILTER, costs: ['not-known'] })).toEqual(['scare-tactics']);
    expect(pick({ ...NO_FILTER, costs: ['very-low'] })).toEqual(['drill-camps']);
  });

  it('are described in an export and announced in words', () => {
    const copy: ViewFilter = { ...NO_FILTER, impacts: ['moderate', 'large'], costs: ['very-low', 'not-known'] };
    const lines = describeView(dataset, { filter: copy, focus: null, selectedId: null, loopId: null, path: null, fund: [] }, filterView(dataset, buildMapGraph(dataset), copy));
    expect(lines[0]).toBe('Filtered view: impact moderate, large; cost £ very low cost, cost not known.');
    const messages = viewChangeMessages(DEFAULT_VIEW_STATE, { ...DEFAULT_VIEW_STATE, filter: copy }, dataset);
    expect(messages).toEqual(['Impact filter: showing moderate or large.', 'Cost filter: showing very low cost or cost not known.']);
    expect(viewChangeMessages({ ...DEFAULT_VIEW_STATE, filter: copy }, DEFAULT_VIEW_STATE, dataset)).toEqual(['Impact filter cleared.', 'Cost filter cleared.']);
  });
});
