import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TableView } from '../../src/ui/Table/TableView';
import { useViewStore } from '../../src/store';
import { smallMap } from '../fixtures/loadFixture';

const table = (name: RegExp) => screen.getByRole('table', { name });
const firstColumn = (t: HTMLElement) => within(t).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[0]!.textContent);

describe('table view: the map’s non-visual twin', () => {
  it('lists every factor, link and intervention the map shows', () => {
    render(<TableView dataset={smallMap()} />);
    expect(table(/^Factors/).querySelector('caption')?.textContent).toBe('Factors (9)');
    expect(table(/^Links/).querySelector('caption')?.textContent).toBe('Links (11)');
    expect(table(/^Interventions/).querySelector('caption')?.textContent).toBe('Interventions (3)');
    expect(within(table(/^Links/)).getAllByText('Inferred by the map’s authors')).toHaveLength(2);
  });

  it('follows the filters: only what the map would show', () => {
    act(() => useViewStore.getState().toggleDomain('health'));
    render(<TableView dataset={smallMap()} />);
    expect(firstColumn(table(/^Factors/))).toEqual(['Needs go unmet', 'Substance use']);
    expect(firstColumn(table(/^Interventions/))).toEqual(['Drug treatment']);
    expect(firstColumn(table(/^Links/))).toEqual(['Needs go unmet']);
  });

  it('counts the links shown, says how many there are in all, and says why a table is empty', async () => {
    const dataset = smallMap();
    act(() => useViewStore.getState().toggleDomain('housing'));
    render(<TableView dataset={dataset} />);
    // The one housing factor has links, but none to another factor shown.
    const factors = table(/^Factors/);
    expect(factors.querySelector('caption')?.textContent).toBe(`Factors (1 of ${dataset.factors.length})`);
    expect(within(factors).getByRole('columnheader', { name: /Leads to \(links shown\)/ })).toBeTruthy();
    const housing = dataset.factors.find((f) => f.domain === 'housing')!;
    const out = dataset.links.filter((l) => l.from === housing.id).length;
    const cells = within(within(factors).getAllByRole('row')[1]!).getAllByRole('cell').map((c) => c.textContent);
    expect(cells[3]).toBe(`0 of ${out}`);
    const links = table(/^Links/);
    expect(links.querySelector('caption')?.textContent).toBe(`Links (0 of ${dataset.links.length})`);
    expect(within(links).getByText(/No links among the factors shown; clear filters to see all/)).toBeTruthy();
    await userEvent.click(within(links).getByRole('button', { name: 'Clear filters' }));
    expect(useViewStore.getState().filter.domains).toEqual([]);
  });

  it('sorts by a column when its header is clicked, and says so', async () => {
    render(<TableView dataset={smallMap()} />);
    const interventions = table(/^Interventions/);
    const evidence = within(interventions).getByRole('button', { name: /Evidence/ });
    await userEvent.click(evidence);
    expect(firstColumn(interventions)).toEqual(['Peer mentors', 'Housing on release', 'Drug treatment']);
    expect(evidence.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    await userEvent.click(evidence);
    expect(firstColumn(interventions)).toEqual(['Drug treatment', 'Housing on release', 'Peer mentors']);
    expect(evidence.closest('th')?.getAttribute('aria-sort')).toBe('descending');
  });

  it('selects an item from its row, as a click on the map would', async () => {
    render(<TableView dataset={smallMap()} />);
    await userEvent.click(within(table(/^Factors/)).getByRole('button', { name: 'Fear of recall' }));
    expect(useViewStore.getState().selectedId).toBe('fear-of-recall');
    expect(within(table(/^Factors/)).getByRole('button', { name: 'Fear of recall' }).getAttribute('aria-current')).toBe('true');
  });
});
