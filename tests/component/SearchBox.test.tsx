import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SearchBox } from '../../src/ui/Search/SearchBox';
import { useViewStore } from '../../src/store';
import { smallMap } from '../fixtures/loadFixture';

describe('search: suggestions across factors, interventions and sources', () => {
  it('suggests as a person types, saying what each result is', async () => {
    render(<SearchBox dataset={smallMap()} />);
    await userEvent.type(screen.getByRole('combobox', { name: /Search/ }), 'recall');
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Recall to prisonFactor', 'Fear of recallFactor']);
    expect(useViewStore.getState().query).toBe('recall');
  });

  it('chooses a suggestion with the keyboard: it is selected and the map asked to centre on it', async () => {
    render(<SearchBox dataset={smallMap()} />);
    await userEvent.type(screen.getByRole('combobox', { name: /Search/ }), 'recall{ArrowDown}{Enter}');
    expect(useViewStore.getState().selectedId).toBe('fear-of-recall');
    expect(useViewStore.getState().centreRequest).toBe(1);
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('finds a source and an organisation, and says when nothing matches', async () => {
    render(<SearchBox dataset={smallMap()} />);
    const box = screen.getByRole('combobox', { name: /Search/ });
    await userEvent.type(box, 'example mentors');
    expect(screen.getByRole('option').textContent).toBe('Peer mentorsIntervention · organisation: Example Mentors');
    await userEvent.clear(box);
    await userEvent.type(box, 'fixture interviews');
    await userEvent.click(screen.getByRole('option', { name: /Fixture interviews/ }));
    expect(useViewStore.getState().selectedId).toBe('interviews');
    await userEvent.clear(box);
    await userEvent.type(box, 'zzz');
    expect(screen.getByRole('option').textContent).toBe('Nothing matches “zzz”');
  });
});
