import { pageAddress, usePortfolioOverlay, useViewStore, useVisibility, viewStateOf, type ViewStore } from '../../store';
import { withGrantsLine } from './grantsLine';
import type { Dataset } from '../../model';
import { attributionLines } from '../../io/export/describeView';
import { describeView } from '../../store/viewPieces/describeView';

const selectState = (s: ViewStore) => s;

/** What every export of the current view carries: the view in words, the attribution and the link. */
export function useExportContext(dataset: Dataset) {
  const store = useViewStore(selectState);
  const visibility = useVisibility(dataset);
  const view = viewStateOf(store);
  const link = pageAddress();
  const exportedOn = new Date().toISOString().slice(0, 10);
  // Subscribed so the description follows the overlay as grants load or tags change.
  usePortfolioOverlay((s) => s.overlay);
  return {
    view,
    visibility,
    link,
    exportedOn,
    description: withGrantsLine(describeView(dataset, view, visibility), view),
    attribution: attributionLines(dataset, exportedOn, link),
  };
}
