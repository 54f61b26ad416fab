import type { Intervention } from '../model';
import { outcomeVerdict } from './outcomeVerdict';

/**
 * True where the research found no clear effect on reoffending, or harm: then what an
 * intervention does to its target factors is only what it sets out to do, and every place that
 * shows its targets (map arrows, details, table, compare) says "intended", never a benefit.
 */
export function intendedOnly(intervention: Intervention): boolean {
  const verdict = outcomeVerdict(intervention);
  return verdict === 'harmful' || verdict === 'no-clear-effect';
}
