import { useViewStore, type ViewStore } from '../viewStore';

const selectCompare = (s: ViewStore) => s.compare;

/** The interventions chosen to compare side by side, in the order they were chosen. */
export function useCompare(): string[] {
  return useViewStore(selectCompare);
}
