import { useState } from 'react';
import { sameValue } from '../../store/editing';

/**
 * Calls `follow` when what the dataset holds for an open form changes by value from what the form
 * last saw: after Undo or Redo the form shows the restored record rather than the undone one.
 * Every edit gives every record a new object, so an unrelated edit (a pinned position) compares
 * equal here and leaves what the person is typing alone. State is adjusted while rendering, as
 * React advises for values derived from props.
 */
export function useFollowStored<T>(stored: T, follow: (next: T) => void): void {
  const [seen, setSeen] = useState(stored);
  if (stored !== seen) {
    setSeen(stored);
    if (!sameValue(stored, seen)) follow(stored);
  }
}
