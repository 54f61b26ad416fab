import { useEffect, useMemo, useRef, useState } from 'react';
import { useGrantsStore } from '../../store/grants/grantsStore';
import { bulkChange, bulkCounts, type BulkAction, type BulkChange } from './bulkTagging';
import { useGrantTags, type GrantEntry } from './useGrantTaggings';

/**
 * Confirm, clear or forget every grant's tagging at once, each with an Undo (forgetting discards
 * confirmed work). After an action focus moves to its Undo, since the pressed button may now be
 * disabled and focus would otherwise fall to the page's body.
 */
export function BulkTagActions({ entries }: { entries: readonly GrantEntry[] }) {
  const tags = useGrantTags();
  const counts = useMemo(() => bulkCounts(entries, tags), [entries, tags]);
  const [last, setLast] = useState<BulkChange | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (last) undoButton.current?.focus();
  }, [last]);

  const run = (action: BulkAction) => {
    const change = bulkChange(action, entries, useGrantsStore.getState().tags);
    useGrantsStore.getState().setDecisions(change.changes);
    setLast(change);
  };
  const n = (count: number) => count.toLocaleString('en-GB');
  return (
    <>
      <button type="button" disabled={counts.confirm === 0} onClick={() => run('confirm')}>
        Confirm {counts.confirm === 1 ? 'the 1 suggestion' : `all ${n(counts.confirm)} suggestions`}
      </button>
      <button type="button" disabled={counts.clear === 0} onClick={() => run('clear')}>
        Clear {counts.clear === 1 ? 'the 1 suggestion' : `all ${n(counts.clear)} suggestions`}
      </button>
      <button type="button" disabled={counts.forget === 0} onClick={() => run('forget')}>
        {counts.forget === 1 ? 'Forget your 1 decision' : `Forget all ${n(counts.forget)} decisions`}
      </button>
      <p role="status" className="bulk-status">
        {last && (
          <>
            {last.done}{' '}
            <button
              ref={undoButton}
              type="button"
              onClick={() => {
                useGrantsStore.getState().setDecisions(last.undo);
                setLast(null);
              }}
            >
              Undo
            </button>
          </>
        )}
      </p>
    </>
  );
}
