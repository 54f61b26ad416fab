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
