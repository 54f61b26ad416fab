import { useEffect, useRef } from 'react';
import { describeDependents, type Dependents } from '../../store/editing/actions';

interface ConfirmDeleteProps {
  noun: string;
  id: string;
  dependents: Dependents;
  onDelete(): void;
  onCancel(): void;
}

/**
 * "Delete factor x?" with what goes with it. Focus moves into it (to Cancel, the safe answer), so a
 * keyboard or screen-reader user hears the question at once; Escape cancels.
 */
export function ConfirmDelete({ noun, id, dependents, onDelete, onCancel }: ConfirmDeleteProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  const lines = describeDependents(dependents);
  return (
    <div
      className="confirm-delete"
      role="alertdialog"
      aria-label={`Delete ${noun} ${id}?`}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onCancel();
      }}
    >
      <p>
        Delete {noun} <strong>{id}</strong>?
      </p>
      {dependents.blocker && <p className="field-error">It cannot be deleted: {dependents.blocker}.</p>}
      {lines.length > 0 ? (
        <>
          <p>These go with it:</p>
          <ul>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>Nothing else refers to it.</p>
      )}
      <button type="button" className="danger" disabled={Boolean(dependents.blocker)} onClick={onDelete}>
        Delete
      </button>
      <button ref={cancelRef} type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
