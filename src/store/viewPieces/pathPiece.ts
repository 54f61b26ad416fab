import { ID_PATTERN } from '../../model';
import type { CorePiece } from './viewPiece';
import { shown } from './readParams';
import { nameOf } from './nameOf';

/** `path=from,to`: the causal paths traced from one factor to another. */
export const pathPiece: CorePiece<'path'> = {
  field: 'path',
  params: ['path'],
  initial: null,
  write: (path, params) => void (path && params.set('path', `${path.from},${path.to}`)),
  read(params, notices) {
    const text = params.get('path');
    // Two ids, not a set: whether they are two different factors is the dataset check's to say.
    const ids = text ? text.split(',').map((id) => id.trim()) : [];
    const ok = ids.length === 2 && ids.every((id) => ID_PATTERN.test(id));
    if (text && !ok) notices.push(`Ignored path=${shown(text)}: expected two factor ids, "from,to".`);
    return ok ? { from: ids[0] ?? '', to: ids[1] ?? '' } : null;
  },
  sanitise(path, { dataset, notices }) {
    if (path === null) return path;
    const factors = new Set(dataset.factors.map((f) => f.id));
    if (factors.has(path.from) && factors.has(path.to) && path.from !== path.to) return path;
    notices.push(`Ignored path "${path.from},${path.to}": it needs two different factors of this dataset.`);
    return null;
  },
  describe: (path, dataset) => (path ? { stress: [`Traced: causal paths from “${nameOf(dataset, path.from)}” to “${nameOf(dataset, path.to)}”.`] } : {}),
  announce(before, after, { dataset }) {
    if (after?.from === before?.from && after?.to === before?.to) return [];
    return [after ? `Paths from ${nameOf(dataset, after.from)} to ${nameOf(dataset, after.to)} are traced on the map.` : 'Path tracing cleared.'];
  },
};
