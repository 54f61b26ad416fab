import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { Legend } from '../../src/ui/Legend/Legend';
import { smallMap } from '../fixtures/loadFixture';

describe('legend: a first-time visitor learns to read the map', () => {
  it('lists the dataset’s own domains and intervention types', () => {
    const dataset = smallMap();
    dataset.vocabularies.domains.push({ id: 'new-domain', label: 'A domain a researcher added', description: 'Added.' });
    render(<Legend dataset={dataset} />);
    const domains = screen.getByRole('heading', { name: 'Factor domains' }).parentElement!;
    expect(within(domains).getAllByRole('listitem').map((li) => li.textContent?.trim())).toEqual([
      'Housing',
      'Justice',
      'Health',
      'Relationships',
      'Outcome',
      'A domain a researcher added',
    ]);
    const types = screen.getByRole('heading', { name: 'Intervention types' }).parentElement!;
    expect(within(types).getAllByRole('listitem')).toHaveLength(3);
  });

  it('explains shapes, polarity and the journey columns', () => {
    render(<Legend dataset={smallMap()} />);
    expect(screen.getByText(/Solid \(\+\): more of one means more of the other/)).toBeTruthy();
    expect(screen.getByText(/Dashed \(−\): more of one means less of the other/)).toBeTruthy();
    expect(screen.getByText(/Factor: something in a person’s life/)).toBeTruthy();
    expect(screen.getByText(/Intervention: work that acts on factors/)).toBeTruthy();
    expect(screen.getByText(/In the community → In prison → Release → On probation/)).toBeTruthy();
  });

  it('gives every evidence level in plain words, strongest first', () => {
    render(<Legend dataset={smallMap()} />);
    const evidence = screen.getByRole('heading', { name: /Evidence strength/ }).parentElement!;
    const terms = within(evidence).getAllByRole('term').map((t) => t.textContent);
    expect(terms).toEqual(['Strong', 'Moderate', 'Limited', 'Weak', 'Testimony']);
    expect(within(evidence).getByText(/not a measure of effect/)).toBeTruthy();
  });
});
