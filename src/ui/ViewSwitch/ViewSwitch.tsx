import { useViewStore, type ViewName, type ViewStore } from '../../store';
import { ToggleGroup } from '../common/ToggleGroup';

const selectView = (s: ViewStore) => s.view;
const LABELS: Record<ViewName, string> = { map: 'Map', table: 'Table', leverage: 'Leverage', compare: 'Compare', gaps: 'Evidence gaps', impact: 'Impact and cost', grants: 'Grants' };

/** Map, table, leverage or evidence gaps: every view shares the same filters and selection. */
export function ViewSwitch({ views }: { views: readonly ViewName[] }) {
  const view = useViewStore(selectView);
  const { setView } = useViewStore.getState();
  return <ToggleGroup label="View" options={views} labels={LABELS} value={view} onChange={setView} />;
}
