import { useViewStore, type ViewName, type ViewStore } from '../../store';

const selectView = (s: ViewStore) => s.view;
const LABELS: Record<ViewName, string> = { map: 'Map', table: 'Table', leverage: 'Leverage', gaps: 'Evidence gaps' };

/** Map or table: the table is the map's non-visual twin, with the same filters and selection. */
export function ViewSwitch({ views }: { views: readonly ViewName[] }) {
  const view = useViewStore(selectView);
  const { setView } = useViewStore.getState();
  return (
    <div className="view-switch" role="group" aria-label="View">
      {views.map((name) => (
        <button key={name} type="button" aria-pressed={view === name} onClick={() => setView(name)}>
          {LABELS[name]}
        </button>
      ))}
    </div>
  );
}
