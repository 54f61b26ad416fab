import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LeverageView } from '../../src/ui/Leverage/LeverageView';
import { useViewStore } from '../../src/store';
import { impactMap } from '../fixtures/loadImpactFixture';

const ranking = () => screen.getByRole('table', { name: /^Interventions ranked by leverage/ });
const order = () =>
  within(ranking())
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('button')[0]!.textContent);
const rowOf = (label: string) => within(ranking()).getByRole('button', { name: label }).closest('tr')!;
const cellText = (label: string, header: string) => {
  const headers = within(ranking()).getAllByRole('columnheader').map((th) => th.textContent?.replace(/[▲▼]/g, '').trim());
  return within(rowOf(label)).getAllByRole('cell')[headers.indexOf(header)]!.textContent ?? '';
};

describe('leverage weighed by evidence, or by evidence and impact', () => {
  it('ranks harm below zero with a note in words, and no clear effect at zero', () => {
    render(<LeverageView dataset={impactMap()} />);
    expect(order().at(-1)).toBe('Scare tactics visits');
    expect(Number(cellText('Scare tactics visits', 'Score'))).toBeLessThan(0);
    expect(cellText('Scare tactics visits', 'Impact')).toBe('Harmful pushes reoffending up');
    expect(Number(cellText('Drill camps', 'Score'))).toBe(0);
    expect(cellText('Drill camps', 'Impact')).toBe('No clear effect');
    expect(cellText('Housing on release', 'Impact')).toBe('Large');
  });

  it('a funder switches to evidence and impact: the control says what it does, the ranking and its working change', async () => {
    const dataset = impactMap();
    // Drug treatment made strongly evidenced: by evidence alone its reach puts it first, but its effect is small.
    dataset.interventions.find((i) => i.id === 'treatment')!.evidence.strength = 'strong';
    render(<LeverageView dataset={dataset} />);
    const control = screen.getByRole('group', { name: 'Weigh by' });
    expect(within(control).getByRole('button', { name: 'Evidence' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText(/the size of an effect does not count/)).toBeTruthy();
    expect(order().slice(0, 2)).toEqual(['Drug treatment', 'Housing on release']);

    await userEvent.click(within(control).getByRole('button', { name: 'Evidence and impact' }));
    expect(useViewStore.getState().leverageWeighting).toBe('evidence-and-impact');
    expect(screen.getByText(/how big its effect on reoffending is \(large 1, moderate 0\.75, small 0\.5, not known 0\.25\)/)).toBeTruthy();
    expect(order().slice(0, 2)).toEqual(['Housing on release', 'Drug treatment']);
    expect(cellText('Drug treatment', 'Why this rank')).toContain('Evidence strong (1) × impact small (0.5) = 0.5');
    expect(screen.getByText('score = reach × evidence weight × impact weight')).toBeTruthy();
    // Harm is not flipped twice: still below zero.
    expect(Number(cellText('Scare tactics visits', 'Score'))).toBeLessThan(0);
  });
});
