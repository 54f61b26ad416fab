import { effectsOf, indexOf } from '../derived';
import type { CorePiece } from './viewPiece';
import { keepKnown, sameList } from './readParams';
import { idListPiece } from './pieceShapes';
import { nameOf } from './nameOf';
import { signedShare } from './signedShare';

/** `fund=`: the interventions "funded" in the what-if. */
export const fundPiece: CorePiece<'fund'> = {
  ...idListPiece('fund', 'fund'),
  sanitise: (fund, { dataset, notices }) => keepKnown(fund, new Set(dataset.interventions.map((i) => i.id)), 'intervention', notices),
  describe: (fund, dataset) =>
    fund.length ? { stress: [`What-if (an illustration, not a forecast): funding ${fund.map((id) => `“${nameOf(dataset, id)}”`).join(', ')}.`] } : {},
  // Said again when the weighting changes under a what-if, since the outcome's figure changes with it.
  announce(before, after, context) {
    const { dataset } = context;
    if (sameList(after, before) && (after.length === 0 || context.after.weighting === context.before.weighting)) return [];
    if (after.length === 0) return ['What-if: funding nothing.'];
    const index = indexOf(dataset);
    const names = after.map((id) => index.intervention.get(id)?.label ?? id).join(', ');
    const outcome = dataset.meta.outcome;
    const outcomeLabel = index.factor.get(outcome)?.label ?? outcome;
    const effect = effectsOf(dataset, after, context.after.weighting).get(outcome) ?? 0;
    const weighting = context.after.weighting === 'evidence' ? 'weighted by evidence' : 'by the map’s structure alone';
    return [`What-if, ${weighting}: funding ${names}. ${outcomeLabel} ${signedShare(effect)}.`];
  },
};
