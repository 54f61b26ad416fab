import type { Dataset, Gap, Intervention, SourceKind } from '../model';
import { gapsConcerning } from './evidenceGaps';
import { rankByLeverage, type LeverageRow } from './leverage';
import type { FeedbackLoop } from './loops';
import { shareOn, type PushTable } from './whatIf';

/** Everything a funder weighs about one intervention, side by side with others. */
export interface ComparedIntervention {
  intervention: Intervention;
  /** The kinds of source behind its evidence rating (review, provider report, lived experience…). */
  sourceKinds: SourceKind[];
  /** Its leverage terms, and its rank among all the dataset's interventions under the same rule. */
  leverage: LeverageRow;
  rank: number;
  /** The loops its leverage counts, by name. */
  loops: FeedbackLoop[];
  /** Funded alone, its what-if effect on the outcome (share of the largest single push). */
  outcomeShare: number;
  /** Named evidence gaps concerning any factor it acts on. */
  gaps: Gap[];
}

export interface CompareContext {
  loops: readonly FeedbackLoop[];
  betweenness: ReadonlyMap<string, number>;
  fair: boolean;
  pushes: PushTable;
}

export function compareInterventions(dataset: Dataset, ids: readonly string[], context: CompareContext): ComparedIntervention[] {
  const kindOf = new Map(dataset.sources.map((s) => [s.id, s.kind]));
  const loopById = new Map(context.loops.map((loop) => [loop.id, loop]));
  const ranked = rankByLeverage(dataset, new Set(dataset.interventions.map((i) => i.id)), context.loops, context.betweenness, { fair: context.fair });
  return ids.flatMap((id) => {
    const intervention = dataset.interventions.find((i) => i.id === id);
    const at = ranked.findIndex((row) => row.id === id);
    const leverage = ranked[at];
    if (!intervention || !leverage) return [];
    return [
      {
        intervention,
        sourceKinds: [...new Set(intervention.evidence.citations.flatMap((c) => kindOf.get(c.source) ?? []))],
        leverage,
        rank: at + 1,
        loops: leverage.loopIds.flatMap((loopId) => loopById.get(loopId) ?? []),
        outcomeShare: shareOn(context.pushes, [id], dataset.meta.outcome),
        gaps: gapsConcerning(
          dataset,
          intervention.targets.map((t) => t.factor),
        ),
      },
    ];
  });
}
