import { IMPACT_SCALE, type Intervention, type Target } from '../model';
import { impactOf } from './impact';
import { intendedOnly } from './intendedOnly';

/**
 * An action in a table cell: "lowers", or, where the research found no clear effect on
 * reoffending or harm, "intended to lower, impact harmful", so an aim never reads as a benefit.
 */
export function actionWords(intervention: Intervention, effect: Target['effect']): string {
  if (!intendedOnly(intervention)) return effect;
  const level = impactOf(intervention).level;
  const impact = level === 'harmful' || level === 'no-clear-effect' ? `, impact ${IMPACT_SCALE[level].label.toLowerCase()}` : '';
  return `intended to ${effect === 'raises' ? 'raise' : 'lower'}${impact}`;
}
