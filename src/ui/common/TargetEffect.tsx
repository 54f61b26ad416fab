import { intendedOnly } from '../../analysis';
import type { Intervention, Target } from '../../model';

/**
 * How an intervention acts on a factor, in words: "Raises" or "Lowers", or, where its research
 * found no clear effect on reoffending or harm, "Intended to raise/lower", so an aim never reads as
 * a proven benefit. One component for the detail panel and the comparison.
 */
export function TargetEffect({ intervention, effect }: { intervention: Intervention; effect: Target['effect'] }) {
  if (!intendedOnly(intervention)) return <span>{effect === 'raises' ? 'Raises ' : 'Lowers '}</span>;
  return <span className="target-intended">{effect === 'raises' ? 'Intended to raise ' : 'Intended to lower '}</span>;
}
