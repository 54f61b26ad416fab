import { useEffect, useState } from 'react';
import type { Dataset } from '../../model';
import { announceChange, useViewStore } from '../../store';

/**
 * One polite live region for changes a person makes that a screen reader would otherwise miss:
 * selection (from the map, table, search or a panel), the what-if, traced loops and paths.
 * It listens only after the first paint, so opening a shared link does not read out its state.
 */
export function ViewAnnouncer({ dataset }: { dataset: Dataset }) {
  const [message, setMessage] = useState('');
  useEffect(
    () =>
      useViewStore.subscribe((next, previous) => {
        const messages = announceChange(previous, next, dataset);
        if (messages.length > 0) setMessage(messages.join(' '));
      }),
    [dataset],
  );
  return (
    <p className="visually-hidden" role="status" aria-label="Map updates">
      {message}
    </p>
  );
}
