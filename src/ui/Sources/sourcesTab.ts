import { lazyPanel, pick, type PanelEntry } from '../Sidebar/panelEntry';
import { sourcePiece } from './sourcePiece';

/** The Sources tab: every source with its kind and what cites it; in the link as `source=`. */
export const SOURCES_TAB: PanelEntry = {
  id: 'sources',
  label: 'Sources',
  what: 'sources',
  show: lazyPanel(() => import('./SourcesPanel').then(pick('SourcesPanel'))),
  state: sourcePiece,
};
