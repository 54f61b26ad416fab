import type { Dataset } from '../../model';
import { useViewStore } from '../viewStore';
import { fromParams } from '../url/viewParams';
import { sanitiseView } from '../url/sanitiseView';

/**
 * Shows a saved view (a story step, a saved view): read from its query exactly as a link would be,
 * so what the dataset lacks is dropped with a notice; the URL sync then records it in the address.
 */
export function applyViewQuery(dataset: Dataset, query: string): void {
  const parsed = sanitiseView(fromParams(new URLSearchParams(query)), dataset);
  useViewStore.getState().restore(parsed.state, parsed.notices);
}
