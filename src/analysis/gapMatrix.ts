import { strongestLevel, type Dataset, type EvidenceLevel, type Intervention } from '../model';
import { gapsInColumn } from './evidenceGaps';

export type MatrixAxis = 'domain' | 'stage';
export const MATRIX_AXES: readonly MatrixAxis[] = ['domain', 'stage'];

export interface MatrixCell {
  type: string;
  column: string;
  interventions: string[];
  /** The strongest evidence among them; null for an empty cell (a gap). */
  best: EvidenceLevel | null;
  /** Citations behind that strongest evidence: those of the interventions at the best level only. */
  citations: number;
}

export interface GapMatrix {
  axis: MatrixAxis;
  rows: Array<{ id: string; label: string; cells: MatrixCell[] }>;
  columns: Array<{ id: string; label: string }>;
  /** Per column: how many of the dataset's named evidence gaps concern a factor there. */
  namedGaps: number[];
}

function inColumn(intervention: Intervention, axis: MatrixAxis, column: string): boolean {
  return axis === 'domain' ? intervention.domain === column : intervention.stages.includes(column);
}

/**
 * Intervention types against domains or stages: where the interventions sit, how strong their best
 * evidence is, and how many citations back that best evidence (weaker interventions' citations do
 * not make it look better supported). Empty cells read as gaps; the last row counts the
 * evidence gaps the dataset names, through the factors they concern.
 */
export function buildGapMatrix(dataset: Dataset, axis: MatrixAxis): GapMatrix {
  const columns = (axis === 'domain' ? dataset.vocabularies.domains : dataset.vocabularies.stages).map((v) => ({ id: v.id, label: v.label }));
  const rows = dataset.vocabularies.interventionTypes.map((type) => ({
    id: type.id,
    label: type.label,
    cells: columns.map((column) => {
      const here = dataset.interventions.filter((i) => i.type === type.id && inColumn(i, axis, column.id));
      const best = strongestLevel(here.map((i) => i.evidence.strength));
      return {
        type: type.id,
        column: column.id,
        interventions: here.map((i) => i.id),
        best,
        citations: here.filter((i) => i.evidence.strength === best).reduce((sum, i) => sum + i.evidence.citations.length, 0),
      };
    }),
  }));
  const namedGaps = columns.map((column) => gapsInColumn(dataset, axis, column.id).length);
  return { axis, rows, columns, namedGaps };
}
