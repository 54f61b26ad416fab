import { EVIDENCE_SCALE, type EvidenceLevel } from './evidence';
import { IMPACT_SCALE, type ImpactLevel } from './impactRule';

/**
 * The one table of weights that leverage, what-if and compare read (README, "Where money has
 * leverage"):
 *
 *   reach = factors acted on + loops those factors sit in + CENTRALITY_WEIGHT × (sum of their betweenness)
 *   score = reach × outcome weight
 *
 * Betweenness is 0…1 per factor, so the weight puts a very central factor on a par with a few
 * loops. The outcome weight is the evidence scale's own weight (strong 1 … testimony 0.1), signed
 * by which way the research says reoffending moves: evidence of no clear effect weighs 0 (strong
 * evidence that something does not work is no reason to fund it) and evidence of harm weighs
 * minus the evidence weight, so it pushes the outcome the wrong way. Weighed by impact as well,
 * the weight is multiplied by the impact scale's weight (large 1 … small 0.5, not known 0.25);
 * harm and no clear effect already carry their sign and zero, so impact does not flip them twice.
 */
export const CENTRALITY_WEIGHT = 10;

/** Which way the research says an intervention moves reoffending, as the weights read it. */
export type OutcomeVerdict = 'reduces' | 'no-clear-effect' | 'harmful' | 'unclear';

/** What each verdict does to the evidence weight. */
export const VERDICT_SIGN: Record<OutcomeVerdict, -1 | 0 | 1> = {
  reduces: 1,
  unclear: 1,
  'no-clear-effect': 0,
  harmful: -1,
};

export const LEVERAGE_WEIGHTINGS = ['evidence', 'evidence-and-impact'] as const;
export type LeverageWeighting = (typeof LEVERAGE_WEIGHTINGS)[number];

export interface OutcomeWeight {
  /** The signed weight a push or a score is multiplied by. */
  weight: number;
  /** How it was reached, for a line a funder can check ("evidence moderate 0.75 × harm −1"). */
  working: string;
}

export function outcomeWeight(
  level: EvidenceLevel,
  verdict: OutcomeVerdict,
  impact?: ImpactLevel,
  weighting: LeverageWeighting = 'evidence',
): OutcomeWeight {
  const evidence = EVIDENCE_SCALE[level].weight;
  const sign = VERDICT_SIGN[verdict];
  let working = `Evidence ${EVIDENCE_SCALE[level].label.toLowerCase()} (${evidence})`;
  if (sign === 0) working += ' of no clear effect on reoffending × 0';
  if (sign === -1) working += ' of harm (more reoffending) × −1';
  let weight = evidence * sign;
  if (weighting === 'evidence-and-impact' && sign === 1 && impact !== undefined) {
    const byImpact = IMPACT_SCALE[impact].weight;
    working += ` × impact ${IMPACT_SCALE[impact].label.toLowerCase()} (${byImpact})`;
    weight *= byImpact;
  }
  if (working.includes('×')) working += ` = ${String(round(weight)).replace('-', '−')}`;
  return { weight: round(weight), working };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000 + 0;
}
