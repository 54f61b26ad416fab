import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEPTHS, DIRECTIONS, MATRIX_AXES, WHAT_IF_WEIGHTINGS } from '../../../src/analysis';
import { EVIDENCE_LEVELS, FUNDING_SCALES, LEVERAGE_WEIGHTINGS } from '../../../src/model';
import { fromParams, toParams } from '../../../src/store/url/viewParams';
import { sanitiseView } from '../../../src/store/url/sanitiseView';
import { DEFAULT_VIEW_STATE, MAX_COMPARED, VIEWS, type ViewState } from '../../../src/store/viewState';
import { smallMap } from '../../fixtures/loadFixture';
import { highlightOf } from '../../../src/store';

const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const ids = fc.uniqueArray(id, { maxLength: 4 });

const viewState: fc.Arbitrary<ViewState> = fc.record({
  view: fc.constantFrom(...VIEWS),
  filter: fc.record({
    types: ids,
    minEvidence: fc.option(fc.constantFrom(...EVIDENCE_LEVELS), { nil: null }),
    domains: ids,
    stages: ids,
    scales: fc.uniqueArray(fc.constantFrom(...FUNDING_SCALES), { maxLength: 3 }),
    onlyReached: fc.boolean(),
  }),
  query: fc.string({ maxLength: 40 }),
  focus: fc.option(fc.record({ id, depth: fc.constantFrom(...DEPTHS), direction: fc.constantFrom(...DIRECTIONS) }), { nil: null }),
  selectedId: fc.option(id, { nil: null }),
  loopId: fc.option(fc.oneof(id, fc.array(id, { minLength: 2, maxLength: 4 }).map((ids) => ids.join('~'))), { nil: null }),
  path: fc.option(fc.record({ from: id, to: id }), { nil: null }),
  fund: ids,
  weighting: fc.constantFrom(...WHAT_IF_WEIGHTINGS),
  axis: fc.constantFrom(...MATRIX_AXES),
  gapsIn: fc.option(id, { nil: null }),
  fairLeverage: fc.boolean(),
  leverageWeighting: fc.constantFrom(...LEVERAGE_WEIGHTINGS),
  compare: fc.uniqueArray(id, { maxLength: MAX_COMPARED }),
  zoom: fc.option(
    fc.record({ x: fc.integer({ min: -100_000, max: 100_000 }), y: fc.integer({ min: -100_000, max: 100_000 }), k: fc.integer({ min: 1500, max: 60_000 }).map((n) => n / 10_000) }),
    { nil: null },
  ),
  pins: fc
    .uniqueArray(fc.record({ id, x: fc.integer({ min: -99_999, max: 99_999 }).map((n) => n / 10), y: fc.integer({ min: -99_999, max: 99_999 }).map((n) => n / 10) }), { selector: (p) => p.id, maxLength: 4 }),
  portfolio: fc.boolean(),
  portfolioYear: fc.option(fc.integer({ min: 1990, max: 2099 }).map(String), { nil: null }),
});

describe('the view in the URL', () => {
  it('gives back any view state after a trip through the URL (property)', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        const url = `?${toParams(state).toString()}`;
        const { state: back, notices } = fromParams(new URL(url, 'http://example.org/').searchParams);
        expect(notices).toEqual([]);
        expect(back).toEqual(state);
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves defaults out, so an untouched view has a bare address', () => {
    expect(toParams(DEFAULT_VIEW_STATE).toString()).toBe('');
  });

  it('writes the documented parameter names', () => {
    const params = toParams({
      view: 'table',
      filter: { types: ['peer-support', 'mentoring'], minEvidence: 'limited', domains: ['housing'], stages: ['release'], scales: ['10k'], onlyReached: true },
      query: 'recall',
      focus: { id: 'recall', depth: 2, direction: 'out' },
      selectedId: 'fear-of-recall',
      loopId: 'recall-loop',
      path: { from: 'recall', to: 'reoffending' },
      fund: ['peer-mentors'],
      weighting: 'structure',
      axis: 'stage',
      gapsIn: 'release',
      fairLeverage: false,
      leverageWeighting: 'evidence-and-impact',
      compare: ['peer-mentors', 'treatment'],
      zoom: { x: -120.4, y: 35.6, k: 1.23456 },
      pins: [{ id: 'recall', x: 10.04, y: -5 }],
      portfolio: true,
      portfolioYear: '2015',
    });
    expect(params.toString()).toBe(
      'view=table&type=peer-support%2Cmentoring&evidence=limited&domain=housing&stage=release&scale=10k&only=reached&q=recall&focus=recall&depth=2&dir=out&select=fear-of-recall&loop=recall-loop&path=recall%2Creoffending&fund=peer-mentors&weighting=structure&axis=stage&gapsin=release&fair=off&weigh=impact&compare=peer-mentors%2Ctreatment&z=-120%2C36%2C1.2346&pin=recall%3A10%3A-5&portfolio=on&portfolioyear=2015',
    );
  });

  it('ignores a portfolio setting or year it cannot use, saying so', () => {
    const { state, notices } = fromParams(new URLSearchParams('portfolio=yes&portfolioyear=15'));
    expect(state.portfolio).toBe(false);
    expect(state.portfolioYear).toBeNull();
    expect(notices).toEqual(['Ignored portfolio="yes": expected one of on, off.', 'Ignored portfolioyear="15": expected a year.']);
  });

  it('ignores a zoom or pin it cannot use, saying so', () => {
    const { state, notices } = fromParams(new URLSearchParams('z=1,2,900&pin=recall:1:2,bad,x:y:z,recall:3:4'));
    expect(state.zoom).toBeNull();
    expect(state.pins).toEqual([{ id: 'recall', x: 3, y: 4 }]);
    expect(notices).toEqual([
      'Ignored z="1,2,900": expected "x,y,scale" with a scale from 0.15 to 6.',
      'Ignored pin "bad": expected "node-id:x:y".',
      'Ignored pin "x:y:z": expected "node-id:x:y".',
    ]);
    expect(fromParams(new URLSearchParams('z=1e300,0,1')).state.zoom).toBeNull();
  });

  it('ignores unusable values with a notice for each, and keeps the rest', () => {
    const { state, notices } = fromParams(new URLSearchParams('view=chart&evidence=proven&type=peer-support,Bad%20Id&depth=9&focus=recall&scale=5m&only=yes'));
    expect(state.view).toBe('map');
    expect(state.filter.minEvidence).toBeNull();
    expect(state.filter.types).toEqual(['peer-support']);
    expect(state.filter.scales).toEqual([]);
    expect(state.filter.onlyReached).toBe(false);
    expect(state.focus).toEqual({ id: 'recall', depth: 1, direction: 'both' });
    expect(notices).toEqual([
      'Ignored view="chart": expected one of map, table, leverage, compare, gaps, impact, grants.',
      'Ignored only="yes": expected "reached".',
      'Ignored type "Bad Id": not an id.',
      'Ignored evidence="proven": expected one of testimony, weak, limited, moderate, strong.',
      'Ignored scale "5m": expected one of 10k, 100k, 1m.',
      'Ignored depth="9": expected 1, 2 or 3.',
    ]);
  });

  it('reads a path from a factor to itself as written, and the dataset check refuses it', () => {
    const parsed = fromParams(new URLSearchParams('path=recall,recall'));
    expect([parsed.state.path, parsed.notices]).toEqual([{ from: 'recall', to: 'recall' }, []]);
    expect(sanitiseView(parsed, smallMap()).notices).toEqual(['Ignored path "recall,recall": it needs two different factors of this dataset.']);
    expect(fromParams(new URLSearchParams('path=recall')).notices).toEqual(['Ignored path="recall": expected two factor ids, "from,to".']);
  });

  it('drops a loop, path or funded intervention the dataset does not have', () => {
    const parsed = fromParams(new URLSearchParams('loop=recall~reoffending&path=recall,ghost&fund=peer-mentors,ghost-fund'));
    const { state, notices } = sanitiseView(parsed, smallMap());
    expect([state.loopId, state.path, state.fund]).toEqual([null, null, ['peer-mentors']]);
    expect(notices).toEqual([
      'Ignored path "recall,ghost": it needs two different factors of this dataset.',
      'Ignored intervention "ghost-fund": this dataset has no such intervention.',
      'Ignored loop "recall~reoffending": no feedback loop found in this dataset goes that way.',
    ]);
    // A loop named by its members, from any of them, is kept and traces (a named loop's members find it).
    const found = sanitiseView(fromParams(new URLSearchParams('loop=recall~homeless-on-release~missed-appointments')), smallMap());
    expect(found.state.loopId).toBe('recall~homeless-on-release~missed-appointments');
    expect(highlightOf(smallMap(), found.state.loopId, null)?.steps.get('homeless-on-release')).toBe(1);
  });

  it('drops a funding scale no intervention is tied to, rather than leave an empty map without a word', () => {
    const parsed = fromParams(new URLSearchParams('scale=100k&type=astrology'));
    const withoutScales = smallMap();
    const { state, notices } = sanitiseView(parsed, withoutScales);
    expect(state.filter.scales).toEqual([]);
    expect(state.filter.types).toEqual([]);
    expect(notices).toEqual([
      'Ignored intervention type "astrology": this dataset has no such intervention type.',
      'Ignored scale=100k: no intervention in this dataset is tied to a funding scale (its sources give none), so this filter would hide them all.',
    ]);
    // A dataset where a source does tie one intervention to £100k keeps the filter.
    const withScale = smallMap();
    withScale.interventions[0]!.scale = '100k';
    expect(sanitiseView(parsed, withScale).state.filter.scales).toEqual(['100k']);
  });

  it('keeps up to four compared interventions the dataset has, saying what it dropped', () => {
    const parsed = fromParams(new URLSearchParams('compare=peer-mentors,ghost,treatment,housing-on-release,a,b'));
    expect(parsed.notices).toEqual(['Compared the first 4 of the 6 interventions in compare=: more do not fit side by side.']);
    const { state, notices } = sanitiseView(parsed, smallMap());
    expect(state.compare).toEqual(['peer-mentors', 'treatment', 'housing-on-release']);
    expect(notices).toContain('Ignored intervention "ghost": this dataset has no such intervention.');
  });

  it('drops what the dataset does not have, saying so', () => {
    const parsed = fromParams(new URLSearchParams('type=peer-support,astrology&domain=health&focus=ghost&select=recall'));
    const { state, notices } = sanitiseView(parsed, smallMap());
    expect(state.filter.types).toEqual(['peer-support']);
    expect(state.filter.domains).toEqual(['health']);
    expect(state.focus).toBeNull();
    expect(state.selectedId).toBe('recall');
    expect(notices).toEqual([
      'Ignored intervention type "astrology": this dataset has no such intervention type.',
      'Ignored focus "ghost": this dataset has no such factor or intervention.',
    ]);
  });
});
