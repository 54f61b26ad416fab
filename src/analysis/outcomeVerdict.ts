import type { Intervention, OutcomeVerdict } from '../model';
import { impactOf } from './impact';

/**
 * Which way an intervention moves reoffending, for the weights table: its impact rating where its
 * findings give one, otherwise the direction its evidence records. One function, so what-if,
 * leverage and compare can never disagree about it.
 */
export function outcomeVerdict(intervention: Intervention): OutcomeVerdict {
  const level = impactOf(intervention).level;
  if (level === 'harmful') return 'harmful';
  if (level === 'no-clear-effect') return 'no-clear-effect';
  if (level !== 'not-known') return 'reduces';
  switch (intervention.evidence.direction) {
    case 'increases':
      return 'harmful';
    case 'no-clear-effect':
      return 'no-clear-effect';
    case 'reduces':
      return 'reduces';
    default:
      return 'unclear';
  }
}
