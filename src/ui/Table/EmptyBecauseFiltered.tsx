import { isFiltering } from '../../analysis';
import { useViewStore, type ViewStore } from '../../store';
import { ShowEverythingButton } from '../common/ShowEverythingButton';

const selectNarrowed = (s: ViewStore) => isFiltering(s.filter) || s.focus !== null;

/** An empty table says why, and offers the way back to everything when filters or a focus are the reason. */
export function EmptyBecauseFiltered({ what }: { what: string }) {
  const narrowed = useViewStore(selectNarrowed);
  if (!narrowed) return <p className="table-empty-note">{what}.</p>;
  return (
    <p className="table-empty-note">
      {what}; clear filters to see all. <ShowEverythingButton>Clear filters</ShowEverythingButton>
    </p>
  );
}
