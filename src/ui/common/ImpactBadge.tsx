import { IMPACT_SCALE, type ImpactLevel } from '../../model';

/**
 * An impact rating as a badge: which way reoffending moves, kept apart from the evidence badge
 * (how sure we are). Harm carries a cross and no clear effect a bar as well as its colour, so the
 * two never read as a recommendation in greyscale either.
 */
const SIGN: Record<ImpactLevel, string> = {
  harmful: '✕ ',
  'no-clear-effect': '– ',
  small: '',
  moderate: '',
  large: '',
  'not-known': '',
};

export function ImpactBadge({ level }: { level: ImpactLevel }) {
  return (
    <span className={`impact impact--${level}`}>
      <span aria-hidden="true">{SIGN[level]}</span>
      {IMPACT_SCALE[level].label}
    </span>
  );
}
