import { EVIDENCE_SCALE, IMPACT_SCALE, evidenceRank, impactRank, type Dataset } from '../../model';
import type { Portfolio, PortfolioRow } from '../../analysis/grants/portfolio';
import { costOf, costSortValue } from '../../analysis';
import { indexOf } from '../../store';
import { SortableTable, type Column } from '../Table/SortableTable';
import { SelectButton } from '../common/SelectButton';
import { formatGrantAmount } from './grantFormats';

/** Money by intervention beside its leverage, evidence strength and impact: the portfolio's core table. */
export function PortfolioTable({ dataset, portfolio }: { dataset: Dataset; portfolio: Portfolio }) {
  const index = indexOf(dataset);
  const vocab = (map: ReadonlyMap<string, { label: string }>, id: string) => map.get(id)?.label ?? id;
  // The table opens on its first column: a rank by money, so the funded interventions come first.
  const ranked = [...portfolio.rows].sort((a, b) => b.amount - a.amount || (b.leverage?.score ?? 0) - (a.leverage?.score ?? 0));
  const rank = new Map(ranked.map((r, i) => [r.id, i + 1]));
  const columns: Array<Column<PortfolioRow>> = [
    { key: 'rank', header: 'Rank by money', sortValue: (r) => rank.get(r.id) ?? 0, render: (r) => rank.get(r.id) },
    { key: 'label', header: 'Intervention', sortValue: (r) => r.label, render: (r) => <SelectButton id={r.id} label={r.label} selectedId={null} /> },
    { key: 'amount', header: 'Money tagged', sortValue: (r) => r.amount, render: (r) => (r.amount > 0 ? formatGrantAmount(r.amount, portfolio.currency) : 'none') },
    { key: 'grants', header: 'Grants', sortValue: (r) => r.grants, render: (r) => r.grants },
    { key: 'type', header: 'Type', sortValue: (r) => vocab(index.interventionType, r.type), render: (r) => vocab(index.interventionType, r.type) },
    { key: 'stage', header: 'Stages', sortValue: (r) => r.stages.length, render: (r) => r.stages.map((s) => vocab(index.stage, s)).join(', ') },
    { key: 'domain', header: 'Domain', sortValue: (r) => vocab(index.domain, r.domain), render: (r) => vocab(index.domain, r.domain) },
    { key: 'leverage', header: 'Leverage', sortValue: (r) => r.leverage?.score ?? 0, render: (r) => (r.leverage ? r.leverage.score.toFixed(2) : '–') },
    {
      key: 'evidence',
      header: 'Evidence',
      sortValue: (r) => (r.leverage ? evidenceRank(r.leverage.evidence) : -1),
      render: (r) => (r.leverage ? <span className={`evidence evidence--${r.leverage.evidence}`}>{EVIDENCE_SCALE[r.leverage.evidence].label}</span> : '–'),
    },
    {
      key: 'impact',
      header: 'Impact',
      sortValue: (r) => (r.leverage ? impactRank(r.leverage.impact) : -1),
      render: (r) => (r.leverage ? IMPACT_SCALE[r.leverage.impact].label : '–'),
    },
    {
      // Money beside what each participant costs, so a funder sees what its grants buy (issue 22's costs).
      key: 'cost',
      header: 'Cost per participant',
      sortValue: (r) => costSortValue(index.intervention.get(r.id)),
      render: (r) => {
        const intervention = index.intervention.get(r.id);
        return intervention?.cost ? costOf(intervention).text : <span className="muted">Not known</span>;
      },
    },
  ];
  return (
    <SortableTable
      caption="Money by intervention"
      rows={ranked}
      columns={columns}
      rowKey={(r) => r.id}
    />
  );
}
