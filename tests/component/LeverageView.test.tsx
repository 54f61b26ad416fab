import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LeverageView } from '../../src/ui/Leverage/LeverageView';
import { useViewStore } from '../../src/store';
import { CENTRALITY_WEIGHT, EVIDENCE_LEVELS, EVIDENCE_SCALE, type Dataset } from '../../src/model';
import { smallMap } from '../fixtures/loadFixture';

const ranking = () => screen.getByRole('table', { name: /^Interventions ranked by leverage/ });

/** The text in one column of the ranking, top to bottom, found by its header. */
function column(header: string): string[] {
  const table = ranking();
  const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent?.replace(/[▲▼]/g, '').trim());
  const at = headers.indexOf(header);
  expect(at, `no column "${header}" among ${headers.join(', ')}`).toBeGreaterThanOrEqual(0);
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[at]!.textContent ?? '');
}

const rowOf = (label: string) => within(ranking()).getByRole('button', { name: label }).closest('tr')!;
const header = (name: string) => within(ranking()).getByRole('button', { name });

/** Every factor leads to every other: far more feedback loops than the search will list. */
function tangledMap(): Dataset {
  const dataset = smallMap();
  const ids = dataset.factors.map((f) => f.id);
  const citations = dataset.links[0]!.citations;
  for (const from of ids) {
    for (const to of ids) {
      if (from === to || dataset.links.some((l) => l.from === from && l.to === to)) continue;
      dataset.links.push({ id: `extra-${from}-${to}`, from, to, polarity: '+', basis: 'inferred', description: 'Test link.', citations });
    }
  }
  return dataset;
}

describe('leverage: a funder asks "where would money go furthest, and how sure are we?"', () => {
  it('ranks the shown interventions by score: reach times evidence weight', () => {
    render(<LeverageView dataset={smallMap()} />);
    expect(ranking().querySelector('caption')?.textContent).toBe('Interventions ranked by leverage (3)');
    // Peer mentors reach furthest, but on testimony alone; drug treatment's limited evidence lifts it to the top.
    expect(column('Intervention')).toEqual(['Drug treatment', 'Housing on release', 'Peer mentors']);
    expect(column('Rank')).toEqual(['1', '2', '3']);
    expect(column('Reach')).toEqual(['4.14', '3.96', '6.14']);
    expect(column('Score')).toEqual(['2.07', '0.99', '0.61']);
    const treatment = rowOf('Drug treatment');
    expect(within(treatment).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '1',
      'Drug treatment',
      'Treatment',
      '1',
      '1',
      '0.21',
      '4.14',
      'Limited weight 0.5',
      'Not known',
      '2.07',
      'Acts on 1 factor, which sits in 1 feedback loop, the most central being “Substance use” (0.21). Evidence limited (0.5), so reach 4.14 × 0.5 = 2.07.',
      'Compare Drug treatment',
    ]);
    expect(header('Rank').closest('th')?.getAttribute('aria-sort')).toBe('ascending');
  });

  it('writes the formula out in words and symbols, with the evidence weights from the one documented table', () => {
    render(<LeverageView dataset={smallMap()} />);
    expect(screen.getByRole('heading', { name: 'Where money has leverage' })).toBeTruthy();
    expect(screen.getByText(`reach = factors + loops through causes + ${CENTRALITY_WEIGHT} × Σ centrality of causes`)).toBeTruthy();
    expect(screen.getByText('score = reach × evidence weight')).toBeTruthy();
    expect(screen.getByText(/plus the number of feedback loops those factors sit in/).textContent).toContain(`${CENTRALITY_WEIGHT} times the sum of their betweenness centrality`);
    const weights = screen.getByRole('table', { name: 'Evidence weights' });
    expect(
      within(weights)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual([...EVIDENCE_LEVELS].reverse().map((level) => `${EVIDENCE_SCALE[level].label}${EVIDENCE_SCALE[level].weight}`));
  });

  it('leaves out reach only through the outcome by default, says so in the formula, and gives the old score when turned off', async () => {
    // Drug treatment also acts on reoffending itself, the outcome every loop runs back through.
    const dataset = smallMap();
    dataset.interventions.find((i) => i.id === 'treatment')!.targets.push({ factor: dataset.meta.outcome, effect: 'lowers' });
    render(<LeverageView dataset={dataset} />);
    const fair = screen.getByRole('checkbox', { name: /Fair ranking: leave out reach that comes only from acting on “Reoffending” itself/ });
    expect((fair as HTMLInputElement).checked).toBe(true);
    expect(rowOf('Drug treatment').textContent).toContain('Acts on Reoffending');
    const fairScore = Number(column('Score')[column('Intervention').findIndex((name) => name.startsWith('Drug treatment'))]);
    const fairRow = within(rowOf('Drug treatment')).getAllByRole('cell').map((c) => c.textContent);
    expect(fairRow.at(-2)).toContain('left out (fair ranking)');
    await userEvent.click(fair);
    expect(useViewStore.getState().fairLeverage).toBe(false);
    expect(screen.getByText(`reach = factors + loops + ${CENTRALITY_WEIGHT} × Σ centrality`)).toBeTruthy();
    const allScore = Number(column('Score')[column('Intervention').findIndex((name) => name.startsWith('Drug treatment'))]);
    // Counting the outcome's loops and betweenness raises its score; the flag stays.
    expect(allScore).toBeGreaterThan(fairScore);
    expect(rowOf('Drug treatment').textContent).toContain('Acts on Reoffending');
    expect(within(rowOf('Drug treatment')).getAllByRole('cell').at(-2)?.textContent).toContain('read its evidence before its rank');
  });

  it('says plainly what the score is not', () => {
    render(<LeverageView dataset={smallMap()} />);
    const note = screen.getByRole('note', { name: 'What this score is, and what it is not' });
    expect(note.textContent).toContain('counts the map’s structure');
    expect(note.textContent).toContain('not a measure of impact or cost-effectiveness');
    expect(note.textContent).toContain('testimony-only evidence is an idea to test, not a proven lever');
    expect(note.textContent).toContain('inherits every gap in the map');
    expect(note.textContent).toContain('nothing rates above “Limited”');
  });

  it('names the strongest evidence the dataset really has', () => {
    const stronger = smallMap();
    stronger.interventions.find((i) => i.id === 'treatment')!.evidence.strength = 'moderate';
    render(<LeverageView dataset={stronger} />);
    expect(screen.getByRole('note').textContent).toContain('nothing rates above “Moderate”');
  });

  it('sorts by evidence or reach when their headers are clicked, and says so', async () => {
    render(<LeverageView dataset={smallMap()} />);
    await userEvent.click(header('Evidence'));
    expect(column('Intervention')).toEqual(['Peer mentors', 'Housing on release', 'Drug treatment']);
    expect(header('Evidence').closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    expect(header('Rank').closest('th')?.getAttribute('aria-sort')).toBe('none');
    await userEvent.click(header('Reach'));
    await userEvent.click(header('Reach'));
    expect(column('Intervention')).toEqual(['Peer mentors', 'Drug treatment', 'Housing on release']);
    expect(column('Rank')).toEqual(['3', '1', '2']);
    expect(header('Reach').closest('th')?.getAttribute('aria-sort')).toBe('descending');
  });

  it('follows the filters: only the interventions the map would show are ranked', () => {
    act(() => useViewStore.getState().toggleType('treatment'));
    render(<LeverageView dataset={smallMap()} />);
    expect(column('Intervention')).toEqual(['Drug treatment']);
    expect(column('Rank')).toEqual(['1']);
  });

  it('says so in a sentence when the filters leave nothing to rank', () => {
    act(() => {
      useViewStore.getState().toggleType('treatment');
      useViewStore.getState().setMinEvidence('strong');
    });
    render(<LeverageView dataset={smallMap()} />);
    expect(screen.queryByRole('table', { name: /^Interventions ranked/ })).toBeNull();
    expect(screen.getByText(/No intervention is shown under the current filters, so there is nothing to rank/)).toBeTruthy();
  });

  it('warns when the loop search was cut short, so loop counts may be low', () => {
    const { unmount } = render(<LeverageView dataset={smallMap()} />);
    expect(screen.queryByText(/the search stopped at/)).toBeNull();
    unmount();
    render(<LeverageView dataset={tangledMap()} />);
    expect(screen.getByText(/^Loop counts are partial\. The search stopped at 300 loops, shortest first: every loop up to \d factors long is listed, but longer ones may be missing\.$/)).toBeTruthy();
  });

  it('selects an intervention from its row, as a click on the map would', async () => {
    render(<LeverageView dataset={smallMap()} />);
    await userEvent.click(within(ranking()).getByRole('button', { name: 'Peer mentors' }));
    expect(useViewStore.getState().selectedId).toBe('peer-mentors');
    expect(within(ranking()).getByRole('button', { name: 'Peer mentors' }).getAttribute('aria-current')).toBe('true');
    expect(within(ranking()).getByRole('button', { name: 'Drug treatment' }).getAttribute('aria-current')).toBeNull();
  });
});
