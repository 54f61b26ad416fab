import type { CorePiece } from './viewPiece';
import { oneOf } from './readParams';
import { VIEWS, type ViewName } from '../viewNames';

/** `view=`: which view is on screen (the map unless the link says otherwise). */
export const viewNamePiece: CorePiece<'view'> = {
  field: 'view',
  params: ['view'],
  initial: 'map',
  write: (view, params) => void (view !== 'map' && params.set('view', view)),
  read: (params, notices) => oneOf<ViewName>(params.get('view'), VIEWS, 'view', notices) ?? 'map',
};
