import { useEffect } from 'react';
import type { Dataset } from '../model';
import type { DatasetState } from '../store';
import { restoreEdits, startAutosave, useEditStore, useShownDataset } from '../store/editing';

/**
 * Hands the loaded dataset to the edit store as its baseline, starts autosave, and brings back
 * unsaved work for this address; returns the dataset the app shows (edits included).
 */
export function useEditSession(load: DatasetState): Dataset | null {
  const loaded = load.status === 'ready' ? load.dataset : null;
  const address = load.status === 'ready' ? load.address : null;
  useEffect(() => startAutosave(), []);
  useEffect(() => {
    if (!loaded || address === null) return;
    useEditStore.getState().setBaseline(loaded, address);
    void restoreEdits(address);
  }, [loaded, address]);
  const shown = useShownDataset();
  // Until the store has taken the baseline, show what was loaded.
  return shown && useEditStore.getState().address === address ? shown : loaded;
}
