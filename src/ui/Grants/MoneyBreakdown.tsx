import type { Dataset } from '../../model';
import { moneyBy, type Portfolio } from '../../analysis/grants/portfolio';
import { indexOf } from '../../store';
import { formatGrantAmount } from './grantFormats';

const KEYS = [
  { key: 'type', title: 'By intervention type' },
  { key: 'stage', title: 'By stage of the journey' },
  { key: 'domain', title: 'By domain' },
] as const;

/** Money by type, stage and domain: where the portfolio sits at a glance (NPC's question, for one funder). */
export function MoneyBreakdown({ dataset, portfolio }: { dataset: Dataset; portfolio: Portfolio }) {
  const index = indexOf(dataset);
  const vocabOf = { type: dataset.vocabularies.interventionTypes, stage: dataset.vocabularies.stages, domain: dataset.vocabularies.domains };
  const labelOf = { type: index.interventionType, stage: index.stage, domain: index.domain };
  return (
    <div className="money-breakdown">
      {KEYS.map(({ key, title }) => {
        const totals = moneyBy(portfolio.rows, key);
        return (
          <table key={key} className="money-table">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{key === 'type' ? 'Type' : key === 'stage' ? 'Stage' : 'Domain'}</th>
                <th scope="col">Money tagged</th>
                <th scope="col">Share</th>
              </tr>
            </thead>
            <tbody>
              {vocabOf[key].map((v) => {
                const amount = totals.get(v.id) ?? 0;
                return (
                  <tr key={v.id}>
                    <th scope="row">{labelOf[key].get(v.id)?.label ?? v.id}</th>
                    <td>{amount > 0 ? formatGrantAmount(amount, portfolio.currency) : 'none'}</td>
                    <td>{portfolio.tagged > 0 ? `${Math.round((amount / portfolio.tagged) * 100)}%` : '–'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}
