import type { CorePiece } from './viewPiece';
import { wordPiece } from './pieceShapes';
import { VIEWS } from '../viewNames';

/** `view=`: which view is on screen (the map unless the link says otherwise). */
export const viewNamePiece: CorePiece<'view'> = wordPiece('view', 'view', VIEWS, 'map');
