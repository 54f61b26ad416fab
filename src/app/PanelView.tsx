import type { Dataset } from '../model';
import { valueOf } from '../store';
import type { PanelEntry } from '../ui/Sidebar/panelEntry';
import type { SidebarTab } from '../ui/Sidebar/Sidebar';
import { Loading } from './lazyViews';

/** A registered view or tab, with "Loading …" in its place while its code arrives. */
export function PanelView({ entry, dataset }: { entry: PanelEntry; dataset: Dataset }) {
  const { component: Panel, load } = entry.show;
  if (!load) return <Panel dataset={dataset} />;
  return (
    <Loading what={entry.what}>
      <Panel dataset={dataset} />
    </Loading>
  );
}

/** What the idle prefetch fetches: every lazily loaded entry's code but those kept for when asked. */
export function prefetchLoaders(entries: readonly PanelEntry[]): Array<() => Promise<unknown>> {
  return entries.flatMap(({ show }) => (show.load && show.prefetch !== false ? [show.load] : []));
}

/** A registered tab as the sidebar shows it; one with its own piece of the view opens when a link sets that piece. */
export function sidebarTab(entry: PanelEntry, dataset: Dataset): SidebarTab {
  const { id, label, opens, state } = entry;
  return {
    id,
    label,
    content: <PanelView entry={entry} dataset={dataset} />,
    opens: opens ?? (state ? (view) => valueOf(state, view) !== state.initial : undefined),
  };
}
