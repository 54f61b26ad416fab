import { useMemo } from 'react';
import { loopSearchInWords, rankByLeverage, type LeverageRow, type LoopSearch } from '../../analysis';
import { EVIDENCE_SCALE, IMPACT_SCALE, evidenceRank, impactRank, type Dataset } from '../../model';
import { indexOf, useSelectedId, useViewStore, useVisibility, type ViewStore } from '../../store';
import { useFactorAnalysis } from '../../store/hooks/useFactorAnalysis';
import { AnalysisStatus } from './AnalysisStatus';
import { SortableTable, type Column } from '../Table/SortableTable';
import { SelectButton } from '../common/SelectButton';
import { LeverageCaveat } from './LeverageCaveat';
import { LeverageFormula } from './LeverageFormula';
import { FairLeverageSwitch } from './FairLeverageSwitch';
import { WeighBySwitch } from './WeighBySwitch';
import { CompareToggle } from '../Compare/CompareToggle';
import { CompareBar } from '../Compare/CompareBar';
import './leverage.css';

const selectFair = (s: ViewStore) => s.fairLeverage;
const selectWeighting = (s: ViewStore) => s.leverageWeighting;

type RankedRow = LeverageRow & { rank: number };

const NO_LOOPS: never[] = [];
const NO_CENTRALITY: ReadonlyMap<string, number> = new Map();

/** A figure still being computed on a large map: said, not shown as a zero. */
const pending = (what: string) => (
  <span className="pending-figure" aria-label={`${what} still being computed`}>
    …
  </span>
);

function LoopSearchNote({ search }: { search: LoopSearch }) {
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
  const weighting = useViewStore(selectWeighting);
  const index = indexOf(dataset);
  const outcomeLabel = index.factor.get(dataset.meta.outcome)?.label ?? dataset.meta.outcome;
  // On a large map the loops and centrality arrive from a worker: until then rows are ranked on what
  // is known, the missing figures shown as pending and the ranking said to be provisional.
  const analysis = useFactorAnalysis(dataset);
  const loopsKnown = analysis.loops !== null;
  const centralityKnown = analysis.betweenness !== null;
  const complete = loopsKnown && centralityKnown;
  const rows = useMemo<RankedRow[]>(
    () =>
      rankByLeverage(dataset, visible.nodes, analysis.loops?.loops ?? NO_LOOPS, analysis.betweenness ?? NO_CENTRALITY, { fair, weighting }).map((row, i) => ({
        ...row,
        rank: i + 1,
      })),
    [dataset, visible.nodes, fair, weighting, analysis.loops, analysis.betweenness],
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
    { key: 'loops', header: 'Loops', sortValue: (r) => r.loops, render: (r) => (loopsKnown ? r.loops : pending('Loops')) },
    { key: 'centrality', header: 'Centrality', sortValue: (r) => r.centrality, render: (r) => (centralityKnown ? r.centrality.toFixed(2) : pending('Centrality')) },
    { key: 'reach', header: 'Reach', sortValue: (r) => r.reach, render: (r) => (complete ? r.reach.toFixed(2) : `${r.reach.toFixed(2)} so far`) },
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
    {
      key: 'impact',
      header: 'Impact',
      sortValue: (r) => impactRank(r.impact),
      render: (r) => (
        <>
          <span className={`impact-word impact-word--${r.impact}`}>{IMPACT_SCALE[r.impact].label}</span>
          {r.verdict === 'harmful' && <strong className="leverage-harm"> pushes reoffending up</strong>}
        </>
      ),
    },
    { key: 'score', header: 'Score', sortValue: (r) => r.score, render: (r) => (complete ? r.score.toFixed(2) : `${r.score.toFixed(2)} so far`) },
    { key: 'why', header: 'Why this rank', sortValue: (r) => r.why, render: (r) => (complete ? r.why : pending('The reason for this rank')) },
    { key: 'compare', header: 'Compare', sortValue: (r) => r.label, render: (r) => <CompareToggle id={r.id} label={r.label} /> },
  ];

  return (
    <div className="leverage-view">
      <h2>Where money has leverage</h2>
      <LeverageCaveat dataset={dataset} weighting={weighting} />
      <FairLeverageSwitch fair={fair} outcomeLabel={outcomeLabel} />
      <WeighBySwitch weighting={weighting} />
      {analysis.loops && <LoopSearchNote search={analysis.loops} />}
      <AnalysisStatus
        dataset={dataset}
        analysis={analysis}
        needsCentrality
        meanwhile={`Ranked for now on the factors each intervention acts on${loopsKnown ? ' and the loops they sit in' : ''}, without ${loopsKnown ? 'centrality' : 'loops or centrality'}: scores and ranks may change when it is done.`}
      />
      <CompareBar dataset={dataset} />
      {rows.length === 0 ? (
        <p className="leverage-empty">
          {dataset.interventions.length === 0
            ? 'This dataset has no interventions to rank.'
            : 'No intervention is shown under the current filters, so there is nothing to rank. Widen or clear the filters to see the ranking.'}
        </p>
      ) : (
        <SortableTable caption={complete ? 'Interventions ranked by leverage' : 'Interventions ranked by leverage so far (provisional)'} rows={rows} columns={columns} rowKey={(r) => r.id} />
      )}
      <LeverageFormula fair={fair} outcomeLabel={outcomeLabel} weighting={weighting} />
    </div>
  );
}
