import type { MatrixAxis } from '../../analysis';
import type { Dataset } from '../../model';
import { gapMatrixOf, useViewStore, type ViewStore } from '../../store';
import { AxisSwitch } from './AxisSwitch';
import { GapMatrixKey } from './GapMatrixKey';
import { MatrixCell } from './MatrixCell';
import { NamedGapsCount } from './NamedGapsCount';
import { GapList } from '../Gaps/GapList';

const selectAxis = (s: ViewStore) => s.axis;
const selectGapsIn = (s: ViewStore) => s.gapsIn;
const AXIS_WORDS: Record<MatrixAxis, { plural: string; singular: string }> = {
  domain: { plural: 'domains', singular: 'domain' },
  stage: { plural: 'stages of a person’s journey', singular: 'stage' },
};

/**
 * The evidence-gap matrix: intervention types against domains or stages, across the whole dataset.
 * Filled cells open the map filtered to them; empty cells are gaps; the last row counts the
 * evidence gaps the dataset names, and each count opens its questions in the list below.
 */
export function GapMatrixView({ dataset }: { dataset: Dataset }) {
  const axis = useViewStore(selectAxis);
  const gapsIn = useViewStore(selectGapsIn);
  const matrix = gapMatrixOf(dataset, axis);
  const words = AXIS_WORDS[axis];
  return (
    <div className="gap-matrix-view">
      <h2>Evidence gaps</h2>
      <AxisSwitch axis={axis} />
      <div className="gap-matrix-scroll">
        <table className="data-table gap-matrix">
          <caption>
            Intervention types against {words.plural}: in each cell, how many of the map’s interventions of that type act in that {words.singular},
            the strongest evidence for them and how many citations back it. An empty cell is a gap.
          </caption>
          <thead>
            <tr>
              <th scope="col">Intervention type</th>
              {matrix.columns.map((c) => (
                <th key={c.id} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, i) => (
                  <MatrixCell key={cell.column} cell={cell} axis={axis} typeLabel={row.label} columnLabel={matrix.columns[i]?.label ?? cell.column} />
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="gap-matrix-named">
              <th scope="row">Named evidence gaps</th>
              {matrix.columns.map((column, i) => (
                <td key={column.id}>
                  <NamedGapsCount count={matrix.namedGaps[i] ?? 0} column={column} chosen={gapsIn === column.id} />
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <GapMatrixKey />
      <GapList dataset={dataset} axis={axis} column={gapsIn} />
    </div>
  );
}
