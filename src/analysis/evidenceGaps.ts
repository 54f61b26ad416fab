import type { Dataset, Gap } from '../model';
import type { MatrixAxis } from './gapMatrix';

/** The named evidence gaps (questions nobody has data on) that concern any of these factors, in dataset order. */
export function gapsConcerning(dataset: Dataset, factorIds: Iterable<string>): Gap[] {
  const wanted = new Set(factorIds);
  return dataset.gaps.filter((gap) => gap.factors.some((f) => wanted.has(f)));
}

/** The named gaps that concern a factor of one domain or stage: what a count in the matrix's last row counts. */
export function gapsInColumn(dataset: Dataset, axis: MatrixAxis, column: string): Gap[] {
  return gapsConcerning(
    dataset,
    dataset.factors.filter((f) => (axis === 'domain' ? f.domain : f.stage) === column).map((f) => f.id),
  );
}
