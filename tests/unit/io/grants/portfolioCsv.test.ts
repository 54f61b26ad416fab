import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { computePortfolio } from '../../../../src/analysis/grants/portfolio';
import { portfolioCsv } from '../../../../src/io/grants/portfolioCsv';
import { bundledDataset } from './grantFixtures';

const dataset = bundledDataset();

describe('the portfolio table as CSV', () => {
  it('carries the funder’s name and the date range on every row, and money only, never a grant', () => {
    const grants = [
      { id: 'g1', amount: 20_000, currency: 'GBP', awardDate: '2002-08-28', funderName: 'Indigo Trust', interventions: ['arts-and-creativity'] },
      { id: 'g2', amount: 5_000, currency: 'GBP', awardDate: '2005-01-31', funderName: 'Indigo Trust', interventions: [] },
    ];
    const portfolio = computePortfolio(dataset, grants, [], { currency: 'GBP', year: null });
    const rows = Papa.parse<Record<string, string>>(portfolioCsv(portfolio, dataset).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(dataset.interventions.length);
    expect(rows.every((r) => r.Funder === 'Indigo Trust' && r.From === '2002-08-28' && r.To === '2005-01-31' && r.Currency === 'GBP')).toBe(true);
    expect(rows[0]).toMatchObject({ Intervention: 'Arts and creative projects', 'Money tagged': '20000', Grants: '1' });
    expect(JSON.stringify(rows)).not.toContain('g1');
  });

  it('gives each intervention’s cost per participant as numbers with currency and price year, blank where not known', () => {
    const grants = [
      { id: 'g1', amount: 9_000, currency: 'GBP', awardDate: '2020-01-01', funderName: 'A Trust', interventions: ['restorative-justice'] },
      { id: 'g2', amount: 1_000, currency: 'GBP', awardDate: '2020-02-01', funderName: 'A Trust', interventions: ['arts-and-creativity'] },
    ];
    const portfolio = computePortfolio(dataset, grants, [], { currency: 'GBP', year: null });
    const rows = Papa.parse<Record<string, string>>(portfolioCsv(portfolio, dataset).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    const byName = new Map(rows.map((r) => [r.Intervention, r]));
    const restorative = dataset.interventions.find((i) => i.id === 'restorative-justice');
    const costed = restorative?.cost;
    if (!costed) throw new Error('the bundled map no longer gives restorative justice a cost');
    expect(byName.get(restorative.label)).toMatchObject({
      'Cost per participant low': String(costed.perParticipant.low),
      'Cost per participant high': String(costed.perParticipant.high),
      'Cost currency': costed.currency,
      'Cost price year': String(costed.priceYear ?? 'not stated'),
    });
    const uncosted = dataset.interventions.find((i) => !i.cost);
    expect(byName.get(uncosted?.label ?? '')).toMatchObject({ 'Cost per participant low': '', 'Cost currency': '' });
  });
});
