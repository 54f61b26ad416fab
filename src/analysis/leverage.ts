import { CENTRALITY_WEIGHT, EFFECT_DIRECTION_LABELS, EVIDENCE_SCALE, evidenceWeight, type Dataset, type EvidenceLevel } from '../model';
import type { FeedbackLoop } from './loops';

export interface LeverageRow {
  id: string;
  label: string;
  type: string;
  factors: number;
  loops: number;
  /** Sum of the betweenness (0…1) of the factors acted on. */
  centrality: number;
  reach: number;
  evidence: EvidenceLevel;
  weight: number;
  score: number;
  /** "Why this rank", in words. */
  why: string;
}

const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

/**
 * Ranks interventions by where money has leverage: the reach of what they act on (how many
 * factors, how many feedback loops those factors sit in, how central they are) times the strength
 * of the evidence. Only the given interventions are ranked, so the ranking follows the filters.
 */
export function rankByLeverage(
  dataset: Dataset,
  interventionIds: ReadonlySet<string>,
  loops: readonly FeedbackLoop[],
  betweenness: ReadonlyMap<string, number>,
): LeverageRow[] {
  const label = new Map(dataset.factors.map((f) => [f.id, f.label]));
  return dataset.interventions
    .filter((i) => interventionIds.has(i.id))
    .map((intervention) => {
      const targets = [...new Set(intervention.targets.map((t) => t.factor))];
      const inLoops = loops.filter((loop) => loop.factors.some((f) => targets.includes(f)));
      const centrality = targets.reduce((sum, f) => sum + (betweenness.get(f) ?? 0), 0);
      const reach = targets.length + inLoops.length + CENTRALITY_WEIGHT * centrality;
      const level = intervention.evidence.strength;
      const direction = intervention.evidence.direction;
      const weight = evidenceWeight(level, direction);
      const central = [...targets].sort((a, b) => (betweenness.get(b) ?? 0) - (betweenness.get(a) ?? 0))[0];
      const onOutcome = targets.includes(dataset.meta.outcome);
      const why = [
        `Acts on ${targets.length} factor${targets.length === 1 ? '' : 's'}`,
        `${targets.length === 1 ? 'which sits' : 'which sit'} in ${inLoops.length > 0 ? `${inLoops.length} feedback loop${inLoops.length === 1 ? '' : 's'}` : 'no feedback loop'}`,
        central && (betweenness.get(central) ?? 0) > 0 ? `the most central being “${label.get(central) ?? central}” (${round(betweenness.get(central) ?? 0)})` : null,
      ]
        .filter(Boolean)
        .join(', ');
      // Acting on the outcome itself puts an intervention in every loop through it: say so, so the
      // rank is read with its evidence.
      const outcomeNote = onOutcome
        ? ` It acts on “${label.get(dataset.meta.outcome) ?? dataset.meta.outcome}” itself, which sits in every loop through it: read its evidence before its rank.`
        : '';
      return {
        id: intervention.id,
        label: intervention.label,
        type: intervention.type,
        factors: targets.length,
        loops: inLoops.length,
        centrality: round(centrality, 3),
        reach: round(reach),
        evidence: level,
        weight,
        score: round(reach * weight),
        why: `${why}. Evidence ${EVIDENCE_SCALE[level].label.toLowerCase()}${weight === 0 && direction ? ` of ${EFFECT_DIRECTION_LABELS[direction].toLowerCase()}, which weighs 0` : ''}, so reach ${round(reach)} × ${weight} = ${round(reach * weight)}.${outcomeNote}`,
      };
    })
    .sort((a, b) => b.score - a.score || b.reach - a.reach || a.label.localeCompare(b.label));
}
