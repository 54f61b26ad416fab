import { loopById } from '../derived';
import type { CorePiece } from './viewPiece';
import { patternPiece } from './pieceShapes';
import { nameOf } from './nameOf';

/** A loop found by search has no id of its own: its members, joined by "~", are its id. */
const LOOP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:~[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** `loop=`: the feedback loop traced on the map (the dataset's loop id, or its members joined by "~"). */
export const loopPiece: CorePiece<'loopId'> = {
  ...patternPiece('loopId', 'loop', LOOP_ID, 'not a loop id'),
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
