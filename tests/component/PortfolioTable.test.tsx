import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { computePortfolio } from '../../src/analysis/grants/portfolio';
import { PortfolioTable } from '../../src/ui/Grants/PortfolioTable';
import bundled from '../../data/reoffending-map.json';
import { parseDataset } from '../../src/model';

const parsed = parseDataset(bundled);
if (!parsed.ok) throw new Error('the bundled dataset is invalid');
const dataset = parsed.dataset;

describe('the portfolio table: money by intervention beside what each participant costs', () => {
  it('shows a cost per participant column with the cost where the map has one and "Not known" where not', () => {
    const grants = [{ id: 'g1', amount: 9_000, currency: 'GBP', awardDate: '2020-01-01', funderName: 'A Trust', interventions: ['restorative-justice'] }];
    const portfolio = computePortfolio(dataset, grants, [], { currency: 'GBP', year: null });
    render(<PortfolioTable dataset={dataset} portfolio={portfolio} />);
    const table = screen.getByRole('table', { name: /Money by intervention/ });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent ?? '');
    const costColumn = headers.findIndex((h) => h.includes('Cost per participant'));
    expect(costColumn).toBeGreaterThan(-1);
    const rows = within(table).getAllByRole('row').slice(1);
    const cellIn = (name: string) => {
      const row = rows.find((r) => within(r).queryByRole('button', { name }));
      if (!row) throw new Error(`no row for ${name}`);
      return row.querySelectorAll('th, td')[costColumn]?.textContent;
    };
    expect(cellIn('Restorative justice')).toMatch(/£3,394 per participant \(price year not stated\)/);
    expect(cellIn('Arts and creative projects')).toBe('Not known');
  });
});
