import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PathsPanel } from '../../src/ui/Paths/PathsPanel';
import { LARGE_ANALYSIS_FACTORS, useViewStore } from '../../src/store';
import { generatedMap } from '../fixtures/generatedMap';
import { smallMap } from '../fixtures/loadFixture';

describe('paths on a large merged map: the factor choices are built when a person reaches for them', () => {
  it('lists every factor once the choice is focused, and a path can be chosen from it', async () => {
    const dataset = generatedMap(LARGE_ANALYSIS_FACTORS + 100);
    useViewStore.getState().showPath(null);
    render(<PathsPanel dataset={dataset} />);
    const from = screen.getByRole('combobox', { name: 'From' });
    const to = screen.getByRole('combobox', { name: 'To' });
    // Before: the placeholder, and the outcome the "To" choice starts on.
    expect(within(from).getAllByRole('option')).toHaveLength(1);
    expect((to as HTMLSelectElement).value).toBe(dataset.meta.outcome);
    fireEvent.focus(from);
    expect(within(from).getAllByRole('option')).toHaveLength(dataset.factors.length + 1);
    await userEvent.selectOptions(from, 'g1');
    expect(useViewStore.getState().path).toEqual({ from: 'g1', to: dataset.meta.outcome });
  });

  it('a small map lists every factor at once', () => {
    const dataset = smallMap();
    render(<PathsPanel dataset={dataset} />);
    expect(within(screen.getByRole('combobox', { name: 'To' })).getAllByRole('option')).toHaveLength(dataset.factors.length);
  });
});
