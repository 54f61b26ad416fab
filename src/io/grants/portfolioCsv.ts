import type { Portfolio } from '../../analysis/grants/portfolio';
import type { Dataset, Intervention } from '../../model';
import { writeCsv } from '../csv/writeCsv';

/**
 * The portfolio table as CSV. Every row carries the funder's name and the date range, so a row
 * pasted elsewhere still says whose money and which years it counts. Amounts only, never a grant:
 * the grants themselves stay in the funder's file.
 */
export function portfolioCsv(portfolio: Portfolio, dataset: Dataset): string {
  const vocab = (list: ReadonlyArray<{ id: string; label: string }>) => new Map(list.map((v) => [v.id, v.label]));
  const types = vocab(dataset.vocabularies.interventionTypes);
  const domains = vocab(dataset.vocabularies.domains);
  const stages = vocab(dataset.vocabularies.stages);
  const funders = portfolio.funders.join('; ');
  const columns = [
    'Funder', 'From', 'To', 'Currency', 'Intervention', 'Type', 'Domain', 'Stages', 'Money tagged', 'Grants',
    'Leverage score', 'Evidence strength', 'Impact',
    'Cost per participant low', 'Cost per participant high', 'Cost currency', 'Cost price year',
  ];
  const interventions = new Map(dataset.interventions.map((i) => [i.id, i]));
  const rows = [...portfolio.rows]
    .sort((a, b) => b.amount - a.amount || (b.leverage?.score ?? 0) - (a.leverage?.score ?? 0))
    .map((r) => [
      funders,
      portfolio.from ?? '',
      portfolio.to ?? '',
      portfolio.currency,
      r.label,
      types.get(r.type) ?? r.type,
      domains.get(r.domain) ?? r.domain,
      r.stages.map((s) => stages.get(s) ?? s).join('; '),
      Math.round(r.amount * 100) / 100,
      r.grants,
      r.leverage ? r.leverage.score : '',
      r.leverage?.evidence ?? '',
      r.leverage?.impact ?? '',
      // Costs as numbers (with their currency and price year), so a spreadsheet can weigh them.
      ...costCells(interventions.get(r.id)),
    ]);
  return writeCsv(columns, rows);
}

function costCells(intervention: Intervention | undefined): Array<string | number> {
  const cost = intervention?.cost;
  return cost ? [cost.perParticipant.low, cost.perParticipant.high, cost.currency, cost.priceYear ?? 'not stated'] : ['', '', '', ''];
}
