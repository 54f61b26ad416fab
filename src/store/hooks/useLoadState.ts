import { useDatasetStore } from '../datasetStore';
import type { DatasetState } from '../datasetStore';

const selectLoadState = (s: ReturnType<typeof useDatasetStore.getState>): DatasetState => s.state;

export function useLoadState(): DatasetState {
  return useDatasetStore(selectLoadState);
}
