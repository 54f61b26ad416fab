import { useViewStore } from '../viewStore';

const selectSelected = (s: ReturnType<typeof useViewStore.getState>) => s.selectedId;
const selectHovered = (s: ReturnType<typeof useViewStore.getState>) => s.hoveredId;

export function useSelectedId(): string | null {
  return useViewStore(selectSelected);
}

export function useHoveredId(): string | null {
  return useViewStore(selectHovered);
}
