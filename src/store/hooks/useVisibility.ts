import type { Visibility } from '../../analysis';
import type { Dataset } from '../../model';
import { visibilityOf } from '../derived';
import { useViewStore, type ViewStore } from '../viewStore';

const selectFilter = (s: ViewStore) => s.filter;
const selectFocus = (s: ViewStore) => s.focus;

/** The items on the page under the current filters and focus. */
export function useVisibility(dataset: Dataset): Visibility {
  return visibilityOf(dataset, useViewStore(selectFilter), useViewStore(selectFocus));
}
