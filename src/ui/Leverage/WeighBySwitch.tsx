import { IMPACT_SCALE, LEVERAGE_WEIGHTINGS, type LeverageWeighting } from '../../model';
import { useViewStore } from '../../store';
import { ToggleGroup } from '../common/ToggleGroup';

const LABELS: Record<LeverageWeighting, string> = { evidence: 'Evidence', 'evidence-and-impact': 'Evidence and impact' };

/** "large 1, moderate 0.75, small 0.5, not known 0.25", read from the impact scale. */
export const impactWeights = (['large', 'moderate', 'small', 'not-known'] as const).map((level) => `${IMPACT_SCALE[level].label.toLowerCase()} ${IMPACT_SCALE[level].weight}`).join(', ');

/**
 * Whether the score weighs reach by how sure the evidence is alone, or also by how big the effect
 * on reoffending is (in the link as `weigh=impact`). Said in words, with the weights it uses.
 */
export function WeighBySwitch({ weighting }: { weighting: LeverageWeighting }) {
  const { setLeverageWeighting } = useViewStore.getState();
  return (
    <div className="weigh-by">
      <span className="weigh-by-label" aria-hidden="true">
        Weigh by:
      </span>{' '}
      <ToggleGroup label="Weigh by" options={LEVERAGE_WEIGHTINGS} labels={LABELS} value={weighting} onChange={setLeverageWeighting} className="weigh-by-switch" />
      <p className="muted weigh-by-note">
        {weighting === 'evidence'
          ? 'Evidence: reach × how sure the research is. Harm counts against (below zero), no clear effect counts nothing; the size of an effect does not count.'
          : `Evidence and impact: reach × how sure the research is × how big its effect on reoffending is (${impactWeights}). Harm still counts against (below zero) and no clear effect counts nothing.`}
      </p>
    </div>
  );
}
