import { compareInterventions, type WhatIfWeighting } from '../../analysis';
import type { Dataset } from '../../model';
import { MAX_COMPARED, indexOf, pushTableOf, useCompare, useViewStore, type ViewStore } from '../../store';
import { useFactorAnalysis } from '../../store/hooks/useFactorAnalysis';
import { AnalysisStatus } from '../Leverage/AnalysisStatus';
import { ComparePicker } from './ComparePicker';
import { compareRows } from './compareRows';
import { SelectButton } from '../common/SelectButton';
import './compare.css';

const selectFair = (s: ViewStore) => s.fairLeverage;
const selectWeighting = (s: ViewStore) => s.weighting;

/**
 * Two to four interventions side by side: what each is, how sure we can be, what it reaches on the
 * map, and what nobody knows yet about the factors it acts on. Attributes are rows, interventions
 * columns; on a phone each row becomes a block with one entry per intervention.
 */
export function CompareView({ dataset }: { dataset: Dataset }) {
  const ids = useCompare();
  const fair = useViewStore(selectFair);
  const weighting = useViewStore(selectWeighting);
  return (
    <div className="compare-view">
      <h2>Compare interventions</h2>
      <p className="compare-intro">
        Choose {2}–{MAX_COMPARED} interventions here, or with “Compare” in the table, the leverage view or an intervention’s details. Leverage
        and what-if figures follow their own settings ({fair ? 'fair ranking on' : 'fair ranking off'};{' '}
        {weighting === 'evidence' ? 'what-if weighted by evidence' : 'what-if on structure only'}); both read the map’s structure, not measured
        effects.
      </p>
      <ComparePicker dataset={dataset} chosen={ids} />
      {ids.length < 2 ? (
        <p className="compare-empty">
          {ids.length === 0 ? 'Nothing chosen yet.' : 'One chosen.'} Choose at least two interventions to see them side by side.
        </p>
      ) : (
        <ComparedTable dataset={dataset} ids={ids} fair={fair} weighting={weighting} />
      )}
    </div>
  );
}

/**
 * The comparison itself. Its ranks need the map's loops and centrality: on a large map those come
 * from the analysis worker (started only once two are chosen), and the table waits for them
 * rather than show a rank that would change.
 */
function ComparedTable({ dataset, ids, fair, weighting }: { dataset: Dataset; ids: readonly string[]; fair: boolean; weighting: WhatIfWeighting }) {
  const analysis = useFactorAnalysis(dataset);
  const index = indexOf(dataset);
  if (!analysis.loops || !analysis.betweenness) {
    return (
      <AnalysisStatus dataset={dataset} analysis={analysis} needsCentrality meanwhile="The comparison appears once they are done, since it gives each intervention’s leverage rank." />
    );
  }
  const outcomeLabel = index.factor.get(dataset.meta.outcome)?.label ?? dataset.meta.outcome;
  const compared = compareInterventions(dataset, ids, { loops: analysis.loops.loops, betweenness: analysis.betweenness, fair, pushes: pushTableOf(dataset, weighting) });
  const rows = compareRows(index, outcomeLabel, weighting === 'evidence', fair, dataset.interventions.length);
  return (
    <>
      <AnalysisStatus dataset={dataset} analysis={analysis} needsCentrality />
      {compared.length < 2 ? (
        <p className="compare-empty">
          {compared.length === 0 ? 'Nothing chosen yet.' : 'One chosen.'} Choose at least two interventions to see them side by side.
        </p>
      ) : (
        <div className="compare-scroll">
          <table className="data-table compare-table" style={{ ['--compared' as string]: compared.length }}>
            <caption>{compared.length} interventions side by side</caption>
            <thead>
              <tr>
                <td />
                {compared.map((c) => (
                  <th key={c.intervention.id} scope="col">
                    <SelectButton id={c.intervention.id} label={c.intervention.label} selectedId={null} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  {compared.map((c) => (
                    <td key={c.intervention.id}>
                      {/* On a phone, where each row stacks its entries, the entry's name heads it and stays in
                          view as it scrolls (compare.css); drawn from the attribute, so the cell's own text is its value. */}
                      <span className="compare-entry-name" data-intervention={c.intervention.label} />
                      {row.render(c)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
