import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { LeverageView } from '../../src/ui/Leverage/LeverageView';
import { LoopsPanel } from '../../src/ui/Loops/LoopsPanel';
import { buildFactorGraph, feedbackLoops, rankByLeverage } from '../../src/analysis';
import { factorBetweenness } from '../../src/analysis/centrality';
import { LARGE_ANALYSIS_FACTORS } from '../../src/store';
import { generatedMap } from '../fixtures/generatedMap';

const ranking = () => screen.getByRole('table', { name: /^Interventions ranked by leverage/ });

describe('leverage on a large merged map: a funder sees rows at once and centrality filling in', () => {
  it('shows the interventions with progress, then the complete ranking, the same as computed at once', async () => {
    const dataset = generatedMap(LARGE_ANALYSIS_FACTORS + 300, 11);
    render(<LeverageView dataset={dataset} />);

    // At once: every intervention listed, the ranking said to be provisional, and what is being computed.
    expect(within(ranking()).getAllByRole('row')).toHaveLength(dataset.interventions.length + 1);
    expect(ranking().querySelector('caption')?.textContent).toMatch(/so far \(provisional\)/);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-busy')).toBe('true');
    expect(within(status).getByRole('progressbar', { name: 'Centrality computed' })).toBeTruthy();
    expect(status.textContent).toMatch(/scores and ranks may change when it is done/);
    expect(within(ranking()).getAllByLabelText('Centrality still being computed').length).toBeGreaterThan(0);

    // Then: the complete ranking, and the status says it is done.
    const all = dataset.factors.length.toLocaleString('en-GB');
    expect(await screen.findByText(`Loops and centrality computed for all ${all} factors.`, undefined, { timeout: 20_000 })).toBeTruthy();
    expect(screen.getByRole('status').getAttribute('aria-busy')).toBe('false');
    expect(ranking().querySelector('caption')?.textContent).toBe(`Interventions ranked by leverage (${dataset.interventions.length})`);
    const graph = buildFactorGraph(dataset);
    const expected = rankByLeverage(dataset, new Set(dataset.interventions.map((i) => i.id)), feedbackLoops(dataset, graph).loops, factorBetweenness(graph));
    const shown = within(ranking())
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[1]!.querySelector('button')?.textContent);
    expect(shown).toEqual(expected.map((row) => row.label));
    expect(within(ranking()).queryAllByLabelText(/still being computed/)).toHaveLength(0);
  }, 30_000);

  it('the loops panel says it is searching, then lists the loops found', async () => {
    const dataset = generatedMap(LARGE_ANALYSIS_FACTORS + 50, 5);
    render(<LoopsPanel dataset={dataset} />);
    expect(await screen.findByText(/loops among factors/, undefined, { timeout: 20_000 })).toBeTruthy();
    expect(screen.getAllByRole('button', { pressed: false }).length).toBeGreaterThan(5);
  });
});
