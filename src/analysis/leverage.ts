import { CENTRALITY_WEIGHT, outcomeWeight, plural, type Dataset, type EvidenceLevel, type ImpactLevel, type LeverageWeighting, type OutcomeVerdict } from '../model';
import { impactOf } from './impact';
import { outcomeVerdict } from './outcomeVerdict';
import type { FeedbackLoop } from './loops';

export interface LeverageRow {
  id: string;
  label: string;
  type: string;
  factors: number;
  loops: number;
  /** The ids of the loops counted (those through its causes alone when fair). */
  loopIds: string[];
  /** Sum of the betweenness (0…1) of the factors acted on. */
  centrality: number;
  reach: number;
  evidence: EvidenceLevel;
  /** Which way the research says it moves reoffending (harm gives a negative weight). */
  verdict: OutcomeVerdict;
  impact: ImpactLevel;
  weight: number;
  score: number;
  /** It acts on the dataset's outcome itself: flagged whichever way reach is counted. */
  actsOnOutcome: boolean;
  /** "Why this rank", in words. */
  why: string;
}

export interface LeverageOptions {
  /**
   * Leave out reach that comes only from acting on the outcome itself: the loops counted only
   * through the outcome factor and the outcome's own betweenness. Every loop back to reoffending
   * passes through it, so acting on it would otherwise outrank acting on any cause.
   */
  fair: boolean;
  /** Weigh by evidence alone (the default) or by evidence and impact together. */
  weighting?: LeverageWeighting;
}

const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

/**
 * Ranks interventions by where money has leverage: the reach of what they act on (how many
 * factors, how many feedback loops those factors sit in, how central they are) times the strength
 * of the evidence. Only the given interventions are ranked, so the ranking follows the filters.
 * With `fair` (the default), reach through the outcome factor itself is left out (LeverageOptions).
 */
export function rankByLeverage(
  dataset: Dataset,
  interventionIds: ReadonlySet<string>,
  loops: readonly FeedbackLoop[],
  betweenness: ReadonlyMap<string, number>,
  options: LeverageOptions = { fair: true },
): LeverageRow[] {
  const outcome = dataset.meta.outcome;
  const label = new Map(dataset.factors.map((f) => [f.id, f.label]));
  return dataset.interventions
    .filter((i) => interventionIds.has(i.id))
    .map((intervention) => {
      const targets = [...new Set(intervention.targets.map((t) => t.factor))];
      const onOutcome = targets.includes(outcome);
      // The factors whose loops and centrality count: under the fair rule, the causes only.
      const counted = options.fair ? targets.filter((f) => f !== outcome) : targets;
      const inLoops = loops.filter((loop) => loop.factors.some((f) => counted.includes(f)));
      const centrality = counted.reduce((sum, f) => sum + (betweenness.get(f) ?? 0), 0);
      const reach = targets.length + inLoops.length + CENTRALITY_WEIGHT * centrality;
      const level = intervention.evidence.strength;
      const verdict = outcomeVerdict(intervention);
      const impact = impactOf(intervention).level;
      const { weight, working } = outcomeWeight(level, verdict, impact, options.weighting);
      const central = [...counted].sort((a, b) => (betweenness.get(b) ?? 0) - (betweenness.get(a) ?? 0))[0];
      const why = [
        `Acts on ${plural(targets.length, 'factor')}`,
        `${targets.length === 1 ? 'which sits' : 'which sit'} in ${inLoops.length > 0 ? plural(inLoops.length, 'feedback loop') : 'no feedback loop'}`,
        central && (betweenness.get(central) ?? 0) > 0 ? `the most central being “${label.get(central) ?? central}” (${round(betweenness.get(central) ?? 0)})` : null,
      ]
        .filter(Boolean)
        .join(', ');
      // Acting on the outcome itself puts an intervention in every loop through it: say so, and say
      // whether that reach was counted, so the rank is read with its evidence.
      const outcomeLabel = label.get(outcome) ?? outcome;
      const outcomeNote = !onOutcome
        ? ''
        : options.fair
          ? ` It also acts on “${outcomeLabel}” itself; the loops and centrality it would reach only through that are left out (fair ranking).`
          : ` It acts on “${outcomeLabel}” itself, which sits in every loop through it: read its evidence before its rank.`;
      return {
        id: intervention.id,
        label: intervention.label,
        type: intervention.type,
        factors: targets.length,
        loops: inLoops.length,
        loopIds: inLoops.map((loop) => loop.id),
        centrality: round(centrality, 3),
        reach: round(reach),
        evidence: level,
        verdict,
        impact,
        weight,
        score: round(reach * weight),
        actsOnOutcome: onOutcome,
        why: `${why}. ${working}, so reach ${round(reach)} × ${weight} = ${round(reach * weight)}.${outcomeNote}`,
      };
    })
    .sort((a, b) => b.score - a.score || b.reach - a.reach || a.label.localeCompare(b.label));
}
