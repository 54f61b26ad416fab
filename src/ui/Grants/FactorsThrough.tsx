import type { Dataset } from '../../model';
import { indexOf } from '../../store';

/** Factors named in a row before "and N more": enough to say where a grant reaches, short enough to scan 50 rows. */
const NAMED = 4;

/**
 * The factors a grant's interventions act on, in brief: a funder tags interventions, but the map's
 * question is which causes of reoffending the money reaches.
 */
export function FactorsThrough({ dataset, interventions }: { dataset: Dataset; interventions: readonly string[] }) {
  if (interventions.length === 0) return null;
  const index = indexOf(dataset);
  const factors = [...new Set(interventions.flatMap((id) => index.intervention.get(id)?.targets.map((t) => t.factor) ?? []))];
  if (factors.length === 0) return null;
  const labels = factors.map((id) => index.factor.get(id)?.label ?? id);
  const named = labels.slice(0, NAMED).join(', ');
  const more = labels.length - NAMED;
  return (
    <p className="grant-factors" title={more > 0 ? labels.join(', ') : undefined}>
      <span className="muted">Reaches factors:</span> {named}
      {more > 0 ? ` and ${more} more` : ''}
    </p>
  );
}
