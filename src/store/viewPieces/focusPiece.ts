import { DEPTHS, DIRECTIONS, type Depth, type Direction } from '../../analysis';
import type { CorePiece } from './viewPiece';
import { oneOf, shown, singleId } from './readParams';
import { nameOf, nodeIds } from './nameOf';
import { plural } from '../../model/plural';

const DIRECTION_WORDS = { in: 'leading to', out: 'following from', both: 'around' } as const;

/** `focus=`, `depth=`, `dir=`: the neighbourhood of one node the map is narrowed to. */
export const focusPiece: CorePiece<'focus'> = {
  field: 'focus',
  params: ['focus', 'depth', 'dir'],
  initial: null,
  write(focus, params) {
    if (!focus) return;
    params.set('focus', focus.id);
    params.set('depth', String(focus.depth));
    params.set('dir', focus.direction);
  },
  read(params, notices) {
    const id = singleId(params.get('focus'), 'focus', notices);
    const depthText = params.get('depth');
    const depth = DEPTHS.find((d) => String(d) === depthText);
    if (id && depthText && depth === undefined) notices.push(`Ignored depth=${shown(depthText)}: expected 1, 2 or 3.`);
    const direction = id ? oneOf<Direction>(params.get('dir'), DIRECTIONS, 'dir', notices) : null;
    return id ? { id, depth: (depth ?? 1) as Depth, direction: direction ?? 'both' } : null;
  },
  sanitise(focus, { dataset, notices }) {
    if (focus === null || nodeIds(dataset).has(focus.id)) return focus;
    notices.push(`Ignored focus "${focus.id}": this dataset has no such factor or intervention.`);
    return null;
  },
  describe(focus, dataset) {
    if (!focus) return {};
    const steps = plural(focus.depth, 'step');
    return { scope: [`Focused on what lies within ${steps} ${DIRECTION_WORDS[focus.direction]} “${nameOf(dataset, focus.id)}”.`] };
  },
};
