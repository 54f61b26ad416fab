import { describe, expect, it } from 'vitest';
import { NO_FILTER, buildMapGraph, filterView, focusView } from '../../../src/analysis';
import { describeView } from '../../../src/store/viewPieces/describeView';
import { viewPieces } from '../../../src/store/viewPieces/registry';
import type { ViewPiece } from '../../../src/store/viewPieces/viewPiece';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../src/store/viewState';
import { smallMap } from '../../fixtures/loadFixture';

/**
 * Values each piece must carry through a link unchanged (beside its default). A new piece of the
 * core view state adds its own here: the first test fails until it does.
 */
const SAMPLES: { [K in keyof ViewState]: ReadonlyArray<ViewState[K]> } = {
  view: ['table', 'gaps', 'grants'],
  filter: [
    { ...NO_FILTER, types: ['peer-support', 'housing'], minEvidence: 'moderate' },
    { ...NO_FILTER, domains: ['health'], stages: ['release'], scales: ['100k'], onlyReached: true },
    { ...NO_FILTER, impacts: ['harmful', 'large'], costs: ['low', 'not-known'] },
  ],
  query: ['recall', 'people leaving prison & “housing”'],
  focus: [
    { id: 'recall', depth: 1, direction: 'both' },
    { id: 'drug-use', depth: 3, direction: 'in' },
  ],
  selectedId: ['recall', 'peer-mentors'],
  loopId: ['recall-loop', 'recall~homeless-on-release~missed-appointments'],
  path: [{ from: 'recall', to: 'reoffending' }],
  fund: [['peer-mentors'], ['peer-mentors', 'treatment']],
  weighting: ['structure'],
  axis: ['stage'],
  gapsIn: ['health'],
  fairLeverage: [false],
  leverageWeighting: ['evidence-and-impact'],
  compare: [['peer-mentors', 'treatment', 'housing-on-release', 'a']],
  zoom: [{ x: -120, y: 48, k: 1.75 }],
  pins: [[{ id: 'recall', x: 10.5, y: -3 }, { id: 'drug-use', x: 0, y: 200.1 }]],
  portfolio: [true],
  portfolioYear: ['2024'],
};

/** Values a hostile or mistyped link might carry: none may reach the view. */
const HOSTILE = ['<script>alert(1)</script>', 'javascript:alert(1)', '../../etc/passwd', '__proto__', 'constructor', '"><img src=x onerror=alert(1)>', '\u0000\u202e', 'NaN', '1e400,1e400,1e400', 'x'.repeat(5000)];

const written = (piece: ViewPiece<unknown>, value: unknown) => {
  const params = new URLSearchParams();
  piece.write(value, params);
  return params;
};

describe('each piece of the view in the link', () => {
  it('every core piece has values to try, and every field of the view is some piece', () => {
    const fields = viewPieces().map((piece) => piece.field);
    expect([...fields].sort()).toEqual(Object.keys(SAMPLES).sort());
    expect(Object.keys(DEFAULT_VIEW_STATE).sort()).toEqual([...fields].sort());
    // One address parameter means one thing.
    const params = viewPieces().flatMap((piece) => piece.params);
    expect(new Set(params).size).toBe(params.length);
  });

  it.each(viewPieces().map((piece) => [piece.field, piece] as const))('%s: a default writes nothing, and every value comes back as written', (field, piece) => {
    expect(written(piece, piece.initial).toString()).toBe('');
    for (const value of SAMPLES[field as keyof ViewState]) {
      const params = written(piece, value);
      // Through a real address, so the encoding is the browser's.
      const back = new URL(`?${params.toString()}`, 'http://example.org/').searchParams;
      const notices: string[] = [];
      expect(piece.read(back, notices)).toEqual(value);
      expect(notices).toEqual([]);
      for (const name of params.keys()) expect(piece.params).toContain(name);
    }
  });

  it.each(viewPieces().filter((piece) => piece.field !== 'query').map((piece) => [piece.field, piece] as const))(
    '%s: a hostile value in its parameters never reaches the view, and its first parameter is named in a notice',
    (_, piece) => {
      const dataset = smallMap();
      for (const [i, name] of piece.params.entries()) {
        for (const hostile of HOSTILE) {
          const notices: string[] = [];
          const read = piece.read(new URLSearchParams([[name, hostile]]), notices);
          const state = { ...DEFAULT_VIEW_STATE, [piece.field]: read } as ViewState;
          const kept = piece.sanitise ? piece.sanitise(read, { dataset, state, notices }) : read;
          expect(kept, `${name}=${hostile.slice(0, 30)}`).toEqual(piece.initial);
          if (i === 0) expect(notices.join(' '), `${name}=${hostile.slice(0, 30)}`).not.toBe('');
        }
      }
    },
  );

  it('q (the search text) keeps any text as text, at most 200 characters: it is shown in a search box, never as markup', () => {
    const piece = viewPieces().find((p) => p.field === 'query')!;
    for (const hostile of HOSTILE) expect(piece.read(new URLSearchParams([['q', hostile]]), [])).toBe(hostile.slice(0, 200));
  });

  it('an export says the view in the order it always has: what is shown, how much, what is traced and funded, then the selection', () => {
    const dataset = smallMap();
    const graph = buildMapGraph(dataset);
    const focus = { id: 'recall', depth: 2 as const, direction: 'out' as const };
    const filter = { ...NO_FILTER, minEvidence: 'weak' as const };
    const visibility = focusView(graph, filterView(dataset, graph, filter), focus);
    const lines = describeView(dataset, { filter, focus, loopId: 'recall-loop', fund: ['treatment'], selectedId: 'drug-use' }, visibility);
    expect(lines.map((line) => /^\w+/.exec(line)?.[0])).toEqual(['Filtered', 'Focused', 'Showing', 'Traced', 'What', 'Selected']);
  });
});
