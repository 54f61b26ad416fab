import { Suspense, lazy, useEffect, useMemo } from 'react';
import type { Dataset } from '../model';
import { datasetParam, embedRequested, pageAddress, startUrlSync, useDatasetStore, useLoadState, useSelectedId, useStoryPlayer, useViewStore, type ViewName, type ViewStore } from '../store';
import { Sidebar } from '../ui/Sidebar/Sidebar';
import { LoadingScreen } from '../ui/LoadScreens/LoadingScreen';
import { FilterBar } from '../ui/FilterBar/FilterBar';
import { SearchBox } from '../ui/Search/SearchBox';
import { FocusBar } from '../ui/Focus/FocusBar';
import { UrlNotices } from '../ui/Notices/UrlNotices';
import { revealHiddenText, type RevealedText } from '../io/revealHiddenText';
import { ViewSwitch } from '../ui/ViewSwitch/ViewSwitch';
import { ExportButton } from '../ui/Export/ExportButton';
import { BUNDLED_DATASET_URL } from './bundledDataset';
import { useStoryFromAddress } from '../ui/Stories/useStoryFromAddress';
import { DatasetEdition } from './DatasetEdition';
import { SkipToMap } from './SkipToMap';
import { DetailPanel, EmbedExplorer, Loading, prefetchViews } from './lazyViews';
import { SIDEBAR_TABS, VIEW_REGISTRY } from './registry';
import { PanelView, prefetchLoaders, sidebarTab } from './PanelView';
import { useEditSession } from './useEditSession';
import { PortfolioOverlayFeed } from './grantsView';
import { EditModeButton } from '../ui/Editor/EditModeButton';
import { EditNotices } from '../ui/Editor/EditNotices';
import { EditorLoader } from '../ui/Editor/EditorLoader';
import { ViewAnnouncer } from '../ui/Announcer/ViewAnnouncer';
// Eager: a story moves the selection (opening details) as it starts, so the player must already be
// there to hold focus and remember what opened it; a lazy one arrived too late and lost focus.
import { StoryPlayer } from '../ui/Stories/StoryPlayer';
import { AfterMapPaint } from '../map/AfterMapPaint';
import { noMapToPaint } from '../map/firstPaint';

// Only a dataset that failed to load shows its errors: the first load does not carry their code.
const DatasetErrors = lazy(() => import('../ui/LoadScreens/DatasetErrors').then((module) => ({ default: module.DatasetErrors })));
// Only a dataset holding hidden characters shows this notice: the first load does not carry its code.
const HiddenTextNotice = lazy(() => import('../ui/Notices/HiddenTextNotice').then((module) => ({ default: module.HiddenTextNotice })));

const selectOpen = (s: ReturnType<typeof useDatasetStore.getState>) => s.open;
const selectView = (s: ViewStore) => s.view;
const selectRestored = (s: ViewStore) => s.restoredFromAddress;
const selectPortfolio = (s: ViewStore) => s.portfolio;
const VIEW_LABELS = Object.fromEntries(Object.entries(VIEW_REGISTRY).map(([id, entry]) => [id, entry.label])) as Record<ViewName, string>;
const PREFETCHED = prefetchLoaders([...Object.values(VIEW_REGISTRY), ...SIDEBAR_TABS]);
const selectStoryShown = (s: ReturnType<typeof useStoryPlayer.getState>) => s.story !== null || s.problem !== null;

/** The shell: opens the dataset named in the address, then lays out the views and their panels. */
export function App() {
  const open = useDatasetStore(selectOpen);
  const load = useLoadState();
  const shown = useEditSession(load);
  // Whatever the dataset came from (bundled, ?data=, an import, autosaved edits), its text reaches
  // the screen through here: hidden characters are shown by their code, and named in one notice.
  const current = load.status === 'ready' ? (shown ?? load.dataset) : null;
  const revealed = useMemo(() => (current ? revealHiddenText(current) : null), [current]);

  useEffect(() => {
    // main.tsx opens it before the first render; opened twice, the first load would be thrown away.
    if (useDatasetStore.getState().state.status !== 'idle') return;
    void open(datasetParam(), pageAddress(), BUNDLED_DATASET_URL);
  }, [open]);

  if (load.status === 'idle' || load.status === 'loading') {
    return load.status === 'loading' ? (
      <LoadingScreen address={load.address} progress={load.progress} step={load.step} onCancel={datasetParam() ? useDatasetStore.getState().cancel : undefined} />
    ) : (
      <LoadingScreen address="" progress={{ loaded: 0, total: null }} />
    );
  }
  if (load.status === 'failed') {
    return (
      <Suspense fallback={null}>
        <DatasetErrors address={load.address} message={load.message} issues={load.issues} />
      </Suspense>
    );
  }
  return <Explorer dataset={revealed?.dataset ?? load.dataset} hidden={revealed?.fields ?? []} embed={embedRequested()} />;
}

function Explorer({ dataset, hidden, embed }: { dataset: Dataset; hidden: RevealedText['fields']; embed: boolean }) {
  const view = useViewStore(selectView);
  const selectedId = useSelectedId();
  const restored = useViewStore(selectRestored);
  useEffect(() => startUrlSync(dataset), [dataset]);
  // Opened on a view without the map: what waits for the map's first picture waits for nothing.
  useEffect(() => {
    if (view !== 'map') noMapToPaint();
  }, [view]);
  useStoryFromAddress(dataset);
  useEffect(() => prefetchViews(PREFETCHED), []);
  const storyShown = useStoryPlayer(selectStoryShown);
  const portfolioOn = useViewStore(selectPortfolio);
  // Nothing is drawn until the view is read from the address, so a shared link opens straight onto its view.
  if (!restored) return null;
  if (embed) {
    return (
      <Loading what="the map">
        <EmbedExplorer dataset={dataset} />
      </Loading>
    );
  }
  return (
    <div className="app">
      {view === 'map' && <SkipToMap />}
      <header className="app-header">
        <h1>
          {dataset.meta.title} <DatasetEdition meta={dataset.meta} />
        </h1>
        <ViewSwitch labels={VIEW_LABELS} />
        <SearchBox dataset={dataset} />
        <ExportButton dataset={dataset} />
        <EditModeButton />
      </header>
      <EditNotices />
      <EditorLoader dataset={dataset} />
      <FilterBar dataset={dataset} />
      <UrlNotices />
      {hidden.length > 0 && (
        <Suspense fallback={null}>
          <HiddenTextNotice key={hidden.join('\n')} fields={hidden} />
        </Suspense>
      )}
      <FocusBar dataset={dataset} />
      <main className="app-main">
        {view === 'map' && <Sidebar tabs={SIDEBAR_TABS.map((tab) => sidebarTab(tab, dataset))} />}
        {/* The view between the sidebar and the details: a story's card floats over it, never over the details. */}
        <div className="app-centre">
          <PanelView key={view} entry={VIEW_REGISTRY[view]} dataset={dataset} />
          {storyShown && <StoryPlayer dataset={dataset} />}
          {portfolioOn && (
            <Suspense fallback={null}>
              <PortfolioOverlayFeed dataset={dataset} />
            </Suspense>
          )}
        </div>
        {/* Mounted once the map has painted (its chunk fetched then, not among the first paint's
            scripts; on another view at once, noMapToPaint), or at once for a link that opens with an
            item selected; mounted from then on, so
            a selection opens it at once and its focus handling sees every opening. Until its code
            arrives, a selected item's panel is held open empty, so the map has its final size from
            the first paint and a link's zoom is never re-centred under the reader's eyes. */}
        <AfterMapPaint now={selectedId !== null}>
          <Suspense fallback={selectedId ? <aside className="detail-panel" aria-hidden="true" /> : null}>
            <DetailPanel dataset={dataset} />
          </Suspense>
        </AfterMapPaint>
      </main>
      <ViewAnnouncer dataset={dataset} />
    </div>
  );
}
