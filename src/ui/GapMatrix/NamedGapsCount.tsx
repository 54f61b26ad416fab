import { pluralWord } from '../../model';
import { useViewStore } from '../../store';

/** A count in the "Named evidence gaps" row: a button that lists the questions behind it. */
export function NamedGapsCount({ count, column, chosen }: { count: number; column: { id: string; label: string }; chosen: boolean }) {
  const { showGapsIn } = useViewStore.getState();
  if (count === 0) return <span className="muted">0</span>;
  return (
    <button type="button" className="gap-count-button" aria-pressed={chosen} onClick={() => showGapsIn(chosen ? null : column.id)}>
      {count}
      <span className="visually-hidden">
        {' '}
        named evidence {pluralWord(count, 'gap')} concerning {column.label}: show the questions
      </span>
    </button>
  );
}
