import { EVIDENCE_SCALE, IMPACT_SCALE, type Intervention } from '../../model';
import { costOf, impactOf } from '../../analysis';

/**
 * A mark's accessible name: the three channels in words, harm said as harm, so a screen reader
 * hears what a sighted reader reads from position, shape and size.
 */
export function markName(intervention: Intervention): string {
  const impact = impactOf(intervention).level;
  const impactWords =
    impact === 'harmful'
      ? 'impact harmful, more people reoffend'
      : impact === 'no-clear-effect'
        ? 'no clear effect on reoffending'
        : impact === 'not-known'
          ? 'impact not known'
          : `impact ${IMPACT_SCALE[impact].label.toLowerCase()}`;
  const cost = costOf(intervention);
  const costWords = cost.cost ? `cost ${cost.text}` : 'cost not known';
  return `${intervention.label}: ${impactWords}; ${costWords}; evidence ${EVIDENCE_SCALE[intervention.evidence.strength].label.toLowerCase()}`;
}
