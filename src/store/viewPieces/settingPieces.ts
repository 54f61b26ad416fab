import { MATRIX_AXES, WHAT_IF_WEIGHTINGS } from '../../analysis';
import type { CorePiece } from './viewPiece';
import { shown } from './readParams';
import { idPiece, wordPiece } from './pieceShapes';

/** `weighting=structure`: the what-if shows the map's structure alone instead of weighing by evidence. */
export const weightingPiece: CorePiece<'weighting'> = wordPiece('weighting', 'weighting', WHAT_IF_WEIGHTINGS, 'evidence');

/** `axis=stage`: the evidence-gap matrix's columns are stages instead of domains. */
export const axisPiece: CorePiece<'axis'> = wordPiece('axis', 'axis', MATRIX_AXES, 'domain');

/** `gapsin=`: the named evidence gaps listed are those of this domain or stage (by `axis`). */
export const gapsInPiece: CorePiece<'gapsIn'> = {
  ...idPiece('gapsIn', 'gapsin'),
  sanitise(column, { dataset, state, notices }) {
    const columns = state.axis === 'domain' ? dataset.vocabularies.domains : dataset.vocabularies.stages;
    if (column === null || columns.some((entry) => entry.id === column)) return column;
    notices.push(`Ignored gapsin "${column}": this dataset has no such ${state.axis}.`);
    return null;
  },
};

/** `fair=off`: leverage counts reach that comes only from acting on the outcome itself. */
export const fairPiece: CorePiece<'fairLeverage'> = {
  field: 'fairLeverage',
  params: ['fair'],
  initial: true,
  write: (on, params) => void (!on && params.set('fair', 'off')),
  read(params, notices) {
    const fair = params.get('fair');
    if (fair && fair !== 'off' && fair !== 'on') notices.push(`Ignored fair=${shown(fair)}: expected "on" or "off".`);
    return fair !== 'off';
  },
};

/** `weigh=impact`: leverage weighs by evidence and impact; `weigh=evidence` (or none) by evidence alone. */
export const weighPiece: CorePiece<'leverageWeighting'> = {
  field: 'leverageWeighting',
  params: ['weigh'],
  initial: 'evidence',
  write: (weighting, params) => void (weighting === 'evidence-and-impact' && params.set('weigh', 'impact')),
  read(params, notices) {
    const value = params.get('weigh');
    if (value === 'impact') return 'evidence-and-impact';
    if (value && value !== 'evidence') notices.push(`Ignored weigh=${shown(value)}: expected "impact" or "evidence".`);
    return 'evidence';
  },
};
