import { useStore } from 'zustand';
import type { Dataset } from '../../model';
import { shownDatasetOf, useEditStore, type EditStore } from './editStore';

const selectShown = (s: EditStore): Dataset | null => shownDatasetOf(s);
const selectEditing = (s: EditStore) => s.editing;
type History = ReturnType<typeof useEditStore.temporal.getState>;
const selectCanUndo = (s: History) => s.pastStates.length > 0;
const selectCanRedo = (s: History) => s.futureStates.length > 0;

/** The dataset on screen, edits included. */
export const useShownDataset = (): Dataset | null => useEditStore(selectShown);
export const useEditingOn = (): boolean => useEditStore(selectEditing);
export const useCanUndo = (): boolean => useStore(useEditStore.temporal, selectCanUndo);
export const useCanRedo = (): boolean => useStore(useEditStore.temporal, selectCanRedo);
