import { useViewStore, type ViewName, type ViewStore } from '../../store';
import { ToggleGroup } from '../common/ToggleGroup';

const selectView = (s: ViewStore) => s.view;

/** Map, table, leverage or evidence gaps: every view shares the same filters and selection. */
export function ViewSwitch({ labels }: { labels: Readonly<Record<ViewName, string>> }) {
  const view = useViewStore(selectView);
  const { setView } = useViewStore.getState();
  return <ToggleGroup label="View" options={Object.keys(labels) as ViewName[]} labels={labels} value={view} onChange={setView} />;
}
