import { useViewStore, type ViewStore } from '../viewStore';

const selectSelected = (s: ViewStore) => s.selectedId;
const selectHovered = (s: ViewStore) => s.hoveredId;

export function useSelectedId(): string | null {
  return useViewStore(selectSelected);
}

export function useHoveredId(): string | null {
  return useViewStore(selectHovered);
}
