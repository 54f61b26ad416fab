import { impactOf } from '../../analysis';
import { IMPACT_SCALE, type Intervention } from '../../model';
import { ImpactBadge } from './ImpactBadge';

/** Beside an intervention offered for funding: its impact badge where the research found harm or no clear effect, nothing otherwise. */
export function CautionBadge({ intervention }: { intervention: Intervention }) {
  const level = impactOf(intervention).level;
  return level === 'harmful' || level === 'no-clear-effect' ? (
    <>
      {' '}
      <ImpactBadge level={level} />
    </>
  ) : null;
}

/** The same in the checkbox's name: "; impact: harmful". */
export function cautionWords(intervention: Intervention): string {
  const level = impactOf(intervention).level;
  return level === 'harmful' || level === 'no-clear-effect' ? `; impact: ${IMPACT_SCALE[level].label.toLowerCase()}` : '';
}
