import type { MatrixAxis, MatrixCell as Cell } from '../../analysis';
import { plural, pluralWord, EVIDENCE_SCALE } from '../../model';
import { useViewStore } from '../../store';


/** Where a cell sits, in words: "Peer support in Housing", "Peer support, stage Release". */
function placeWords(typeLabel: string, axis: MatrixAxis, columnLabel: string): string {
  return axis === 'domain' ? `${typeLabel} in ${columnLabel}` : `${typeLabel}, stage ${columnLabel}`;
}

/**
 * One cell of the evidence-gap matrix: a button showing how many interventions sit there, their best
 * evidence and their citations, which opens the map filtered to them; or, when empty, a gap.
 */
export function MatrixCell({ cell, axis, typeLabel, columnLabel }: { cell: Cell; axis: MatrixAxis; typeLabel: string; columnLabel: string }) {
  if (cell.best === null || cell.interventions.length === 0) {
    return (
      <td className="gap-cell gap-cell--empty">
        <span className="gap-cell-marker" aria-hidden="true">—</span>
        <span className="visually-hidden">No interventions: a gap</span>
      </td>
    );
  }
  const { showCell } = useViewStore.getState();
  const evidence = EVIDENCE_SCALE[cell.best].label;
  const count = cell.interventions.length;
  // The button's name is its own visible text with hidden words around it, so speech and sight agree.
  return (
    <td className="gap-cell">
      <button type="button" className="gap-cell-button" onClick={() => showCell(cell.type, axis, cell.column)}>
        <span className="visually-hidden">{placeWords(typeLabel, axis, columnLabel)}:</span>{' '}
        <span className="gap-cell-count">{count}</span>{' '}
        <span className="visually-hidden">{pluralWord(count, 'intervention')}, best evidence</span>{' '}
        <span className={`evidence evidence--${cell.best}`}>{evidence}</span>
        <span className="visually-hidden">,</span>{' '}
        <span className="gap-cell-citations">{plural(cell.citations, 'citation')}</span>
        <span className="visually-hidden">. Show on the map</span>
      </button>
    </td>
  );
}
