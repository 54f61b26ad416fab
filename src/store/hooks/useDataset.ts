import { useDatasetStore } from '../datasetStore';
import type { Dataset } from '../../model';

const selectDataset = (s: ReturnType<typeof useDatasetStore.getState>): Dataset | null =>
  s.state.status === 'ready' ? s.state.dataset : null;

/** The dataset on screen, or null while none is loaded. */
export function useDataset(): Dataset | null {
  return useDatasetStore(selectDataset);
}
