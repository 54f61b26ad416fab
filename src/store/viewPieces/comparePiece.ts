import type { CorePiece } from './viewPiece';
import { idList, keepKnown } from './readParams';

/** At most this many interventions side by side: more would not fit a phone or a mind. */
export const MAX_COMPARED = 4;

/** `compare=`: the interventions compared side by side. */
export const comparePiece: CorePiece<'compare'> = {
  field: 'compare',
  params: ['compare'],
  initial: [],
  write: (compare, params) => void (compare.length && params.set('compare', compare.join(','))),
  read(params, notices) {
    const compare = idList(params.get('compare'), 'compare', notices);
    if (compare.length > MAX_COMPARED) notices.push(`Compared the first ${MAX_COMPARED} of the ${compare.length} interventions in compare=: more do not fit side by side.`);
    return compare.slice(0, MAX_COMPARED);
  },
  sanitise: (compare, { dataset, notices }) => keepKnown(compare, new Set(dataset.interventions.map((i) => i.id)), 'intervention', notices),
};
