import { EVIDENCE_SCALE, type EvidenceLevel } from './evidence';
import type { EffectDirection } from './studyDesigns';

/**
 * The leverage score's terms, in one documented place (README, "Where money has leverage"):
 *
 *   reach = factors acted on + loops those factors sit in + CENTRALITY_WEIGHT × (sum of their betweenness)
 *   score = reach × evidence weight
 *
 * Betweenness is 0…1 per factor, so the weight puts a very central factor on a par with a few
 * loops. The evidence weights are the evidence scale's own (strong 1 … testimony 0.1), except that
 * evidence of no clear effect on reoffending, or of more reoffending, weighs 0: strong evidence that
 * something does not work is no reason to fund it.
 */
export const CENTRALITY_WEIGHT = 10;

export function evidenceWeight(level: EvidenceLevel, direction?: EffectDirection): number {
  if (direction === 'no-clear-effect' || direction === 'increases') return 0;
  return EVIDENCE_SCALE[level].weight;
}
