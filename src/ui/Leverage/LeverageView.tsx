import { useMemo } from 'react';
import { loopSearchInWords, rankByLeverage, type LeverageRow } from '../../analysis';
import { EVIDENCE_SCALE, evidenceRank, type Dataset } from '../../model';
import { betweennessOf, indexOf, loopsOf, useSelectedId, useViewStore, useVisibility, type ViewStore } from '../../store';
import { SortableTable, type Column } from '../Table/SortableTable';
import { SelectButton } from '../common/SelectButton';
import { LeverageCaveat } from './LeverageCaveat';
import { LeverageFormula } from './LeverageFormula';
import { FairLeverageSwitch } from './FairLeverageSwitch';
import { CompareToggle } from '../Compare/CompareToggle';
import { CompareBar } from '../Compare/CompareBar';
import './leverage.css';

const selectFair = (s: ViewStore) => s.fairLeverage;

type RankedRow = LeverageRow & { rank: number };

function LoopSearchNote({ dataset }: { dataset: Dataset }) {
  const search = loopsOf(dataset);
  return (
    <p className="leverage-loop-note muted">
      {search.truncated ? 'Loop counts are partial. ' : ''}
      {loopSearchInWords(search)}
    </p>
  );
}

/**
 * Where money has leverage: the interventions shown under the current filters and focus, ranked by
 * the reach of what they act on times the strength of their evidence, with the formula and its limits.
 */
export function LeverageView({ dataset }: { dataset: Dataset }) {
  const visible = useVisibility(dataset);
  const selectedId = useSelectedId();
  const fair = useViewStore(selectFair);
  const index = indexOf(dataset);
  const outcomeLabel = index.factor.get(dataset.meta.outcome)?.label ?? dataset.meta.outcome;
  const rows = useMemo<RankedRow[]>(
    () => rankByLeverage(dataset, visible.nodes, loopsOf(dataset).loops, betweennessOf(dataset), { fair }).map((row, i) => ({ ...row, rank: i + 1 })),
    [dataset, visible.nodes, fair],
  );
  const typeLabel = (row: RankedRow) => index.interventionType.get(row.type)?.label ?? row.type;

  const columns: Array<Column<RankedRow>> = [
    { key: 'rank', header: 'Rank', sortValue: (r) => r.rank, render: (r) => r.rank },
    {
      key: 'label',
      header: 'Intervention',
      sortValue: (r) => r.label,
      render: (r) => (
        <>
          <SelectButton id={r.id} label={r.label} selectedId={selectedId} />
          {r.actsOnOutcome && <span className="badge badge--outcome">Acts on {outcomeLabel}</span>}
        </>
      ),
    },
    { key: 'type', header: 'Type', sortValue: typeLabel, render: typeLabel },
    { key: 'factors', header: 'Factors', sortValue: (r) => r.factors, render: (r) => r.factors },
    { key: 'loops', header: 'Loops', sortValue: (r) => r.loops, render: (r) => r.loops },
    { key: 'centrality', header: 'Centrality', sortValue: (r) => r.centrality, render: (r) => r.centrality.toFixed(2) },
    { key: 'reach', header: 'Reach', sortValue: (r) => r.reach, render: (r) => r.reach.toFixed(2) },
    {
      key: 'evidence',
      header: 'Evidence',
      sortValue: (r) => evidenceRank(r.evidence),
      render: (r) => (
        <>
          <span className={`evidence evidence--${r.evidence}`}>{EVIDENCE_SCALE[r.evidence].label}</span>{' '}
          <span className="leverage-weight">weight {r.weight}</span>
        </>
      ),
    },
    { key: 'score', header: 'Score', sortValue: (r) => r.score, render: (r) => r.score.toFixed(2) },
    { key: 'why', header: 'Why this rank', sortValue: (r) => r.why, render: (r) => r.why },
    { key: 'compare', header: 'Compare', sortValue: (r) => r.label, render: (r) => <CompareToggle id={r.id} label={r.label} /> },
  ];

  return (
    <div className="leverage-view">
      <h2>Where money has leverage</h2>
      <LeverageCaveat dataset={dataset} />
      <FairLeverageSwitch fair={fair} outcomeLabel={outcomeLabel} />
      <LoopSearchNote dataset={dataset} />
      <CompareBar dataset={dataset} />
      {rows.length === 0 ? (
        <p className="leverage-empty">
          {dataset.interventions.length === 0
            ? 'This dataset has no interventions to rank.'
            : 'No intervention is shown under the current filters, so there is nothing to rank. Widen or clear the filters to see the ranking.'}
        </p>
      ) : (
        <SortableTable caption="Interventions ranked by leverage" rows={rows} columns={columns} rowKey={(r) => r.id} />
      )}
      <LeverageFormula fair={fair} outcomeLabel={outcomeLabel} />
    </div>
  );
}
