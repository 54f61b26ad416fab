import { create } from 'zustand';

/** What a person is looking at: display state only; the dataset is never written to from here. */
interface ViewState {
  selectedId: string | null;
  hoveredId: string | null;
}

interface ViewActions {
  select(id: string | null): void;
  hover(id: string | null): void;
}

export const useViewStore = create<ViewState & ViewActions>()((set) => ({
  selectedId: null,
  hoveredId: null,
  select: (id) => set({ selectedId: id }),
  hover: (id) => set({ hoveredId: id }),
}));
