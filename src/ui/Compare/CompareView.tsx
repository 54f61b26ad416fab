import { compareInterventions } from '../../analysis';
import type { Dataset } from '../../model';
import { MAX_COMPARED, betweennessOf, indexOf, loopsOf, pushTableOf, useCompare, useViewStore, type ViewStore } from '../../store';
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
  const index = indexOf(dataset);
  const outcomeLabel = index.factor.get(dataset.meta.outcome)?.label ?? dataset.meta.outcome;
  const compared = compareInterventions(dataset, ids, { loops: loopsOf(dataset).loops, betweenness: betweennessOf(dataset), fair, pushes: pushTableOf(dataset, weighting) });
  const rows = compareRows(index, outcomeLabel, weighting === 'evidence', fair, dataset.interventions.length);
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
                    <td key={c.intervention.id} data-intervention={c.intervention.label}>
                      {row.render(c)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
