import { EVIDENCE_SCALE, IMPACT_SCALE, evidenceRank, impactRank, type Dataset } from '../../model';
import type { Portfolio, PortfolioRow } from '../../analysis/grants/portfolio';
import { indexOf } from '../../store';
import { SortableTable, type Column } from '../Table/SortableTable';
import { SelectButton } from '../common/SelectButton';
import { formatMoney } from './formatMoney';

/** Money by intervention beside its leverage, evidence strength and impact: the portfolio's core table. */
export function PortfolioTable({ dataset, portfolio }: { dataset: Dataset; portfolio: Portfolio }) {
  const index = indexOf(dataset);
  const vocab = (map: ReadonlyMap<string, { label: string }>, id: string) => map.get(id)?.label ?? id;
  const columns: Array<Column<PortfolioRow>> = [
    { key: 'label', header: 'Intervention', sortValue: (r) => r.label, render: (r) => <SelectButton id={r.id} label={r.label} selectedId={null} /> },
    { key: 'amount', header: 'Money tagged', sortValue: (r) => r.amount, render: (r) => (r.amount > 0 ? formatMoney(r.amount, portfolio.currency) : 'none') },
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
  ];
  return (
    <SortableTable
      caption="Money by intervention"
      rows={[...portfolio.rows].sort((a, b) => b.amount - a.amount)}
      columns={columns}
      rowKey={(r) => r.id}
    />
  );
}
