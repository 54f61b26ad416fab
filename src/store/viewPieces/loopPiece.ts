import { loopById } from '../derived';
import type { CorePiece } from './viewPiece';
import { shown } from './readParams';
import { nameOf } from './nameOf';

/** A loop found by search has no id of its own: its members, joined by "~", are its id. */
const LOOP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:~[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** `loop=`: the feedback loop traced on the map (the dataset's loop id, or its members joined by "~"). */
export const loopPiece: CorePiece<'loopId'> = {
  field: 'loopId',
  params: ['loop'],
  initial: null,
  write: (id, params) => void (id && params.set('loop', id)),
  read(params, notices) {
    const text = params.get('loop');
    if (text && !LOOP_ID.test(text)) notices.push(`Ignored loop=${shown(text)}: not a loop id.`);
    return text && LOOP_ID.test(text) ? text : null;
  },
  sanitiseLast: true,
  sanitise(id, { dataset, notices }) {
    if (id === null || loopById(dataset, id) !== null) return id;
    notices.push(`Ignored loop "${id}": no feedback loop found in this dataset goes that way.`);
    return null;
  },
  // Traced paths take the map's highlight over a loop, so a view with both says the paths.
  describe(id, dataset, state) {
    if (!id || state.path) return {};
    const named = dataset.loops?.find((loop) => loop.id === id);
    return { stress: [`Traced: the feedback loop ${named ? `“${named.name}”` : id.split('~').map((member) => `“${nameOf(dataset, member)}”`).join(' → ')}.`] };
  },
  announce: (before, after) => (after === before ? [] : [after ? 'A feedback loop is traced on the map.' : 'Loop tracing cleared.']),
};
