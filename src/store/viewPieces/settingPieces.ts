import { MATRIX_AXES, WHAT_IF_WEIGHTINGS, type MatrixAxis, type WhatIfWeighting } from '../../analysis';
import type { CorePiece } from './viewPiece';
import { oneOf, shown, singleId } from './readParams';

/** `weighting=structure`: the what-if shows the map's structure alone instead of weighing by evidence. */
export const weightingPiece: CorePiece<'weighting'> = {
  field: 'weighting',
  params: ['weighting'],
  initial: 'evidence',
  write: (weighting, params) => void (weighting !== 'evidence' && params.set('weighting', weighting)),
  read: (params, notices) => oneOf<WhatIfWeighting>(params.get('weighting'), WHAT_IF_WEIGHTINGS, 'weighting', notices) ?? 'evidence',
};

/** `axis=stage`: the evidence-gap matrix's columns are stages instead of domains. */
export const axisPiece: CorePiece<'axis'> = {
  field: 'axis',
  params: ['axis'],
  initial: 'domain',
  write: (axis, params) => void (axis !== 'domain' && params.set('axis', axis)),
  read: (params, notices) => oneOf<MatrixAxis>(params.get('axis'), MATRIX_AXES, 'axis', notices) ?? 'domain',
};

/** `gapsin=`: the named evidence gaps listed are those of this domain or stage (by `axis`). */
export const gapsInPiece: CorePiece<'gapsIn'> = {
  field: 'gapsIn',
  params: ['gapsin'],
  initial: null,
  write: (column, params) => void (column && params.set('gapsin', column)),
  read: (params, notices) => singleId(params.get('gapsin'), 'gapsin', notices),
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
