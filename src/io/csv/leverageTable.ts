import type { LeverageRow } from '../../analysis';
import { writeCsv } from './writeCsv';

/** The leverage ranking as shown, one row per intervention, with every term of its score and why. */
export function toLeverageCsv(rows: readonly LeverageRow[], fair: boolean): string {
  return writeCsv(
    ['rank', 'id', 'intervention', 'type', 'factors acted on', 'feedback loops', 'sum of betweenness', 'reach', 'evidence', 'evidence weight', 'score', 'acts on the outcome', 'ranking', 'why'],
    rows.map((row, i) => [
      i + 1,
      row.id,
      row.label,
      row.type,
      row.factors,
      row.loops,
      row.centrality,
      row.reach,
      row.evidence,
      row.weight,
      row.score,
      row.actsOnOutcome ? 'yes' : 'no',
      fair ? 'fair (reach only through the outcome left out)' : 'all reach',
      row.why,
    ]),
  );
}
