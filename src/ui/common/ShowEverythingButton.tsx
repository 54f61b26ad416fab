import type { ReactNode } from 'react';
import { useViewStore } from '../../store';

/** The way back to the whole dataset from a narrowed view: clears the filters and leaves any focus. */
export function ShowEverythingButton({ children }: { children: ReactNode }) {
  const { clearFilters, leaveFocus } = useViewStore.getState();
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => {
        clearFilters();
        leaveFocus();
      }}
    >
      {children}
    </button>
  );
}
