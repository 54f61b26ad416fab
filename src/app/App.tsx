import { Suspense, useEffect } from 'react';
import type { Dataset } from '../model';
import { VIEWS, pageParams, startUrlSync, useDatasetStore, useLoadState, useSelectedId, useStoryPlayer, useViewStore, type ViewStore } from '../store';
import { MapView } from '../map/MapView';
import { AfterMapPaint } from '../map/AfterMapPaint';
import { Legend } from '../ui/Legend/Legend';
import { Sidebar } from '../ui/Sidebar/Sidebar';
import { LoadingScreen } from '../ui/LoadScreens/LoadingScreen';
import { DatasetErrors } from '../ui/LoadScreens/DatasetErrors';
import { FilterBar } from '../ui/FilterBar/FilterBar';
import { SearchBox } from '../ui/Search/SearchBox';
import { FocusBar } from '../ui/Focus/FocusBar';
import { UrlNotices } from '../ui/Notices/UrlNotices';
import { ViewSwitch } from '../ui/ViewSwitch/ViewSwitch';
import { ExportButton } from '../ui/Export/ExportButton';
import { BUNDLED_DATASET_URL, EXAMPLE_STORY_URL } from './bundledDataset';
import { useStoryFromAddress } from '../ui/Stories/useStoryFromAddress';
import { DatasetEdition } from './DatasetEdition';
import { SkipToMap } from './SkipToMap';
import {
  CompareView,
  DetailPanel,
  EmbedExplorer,
  GapMatrixView,
  ImpactCostView,
  LeverageView,
  Loading,
  LoopsPanel,
  PathsPanel,
  StoriesPanel,
  TableView,
  WhatIfPanel,
  prefetchViews,
} from './lazyViews';
import { useEditSession } from './useEditSession';
import { GrantsView, PortfolioOverlayFeed } from './grantsView';
import { EditModeButton } from '../ui/Editor/EditModeButton';
import { EditNotices } from '../ui/Editor/EditNotices';
import { EditorLoader } from '../ui/Editor/EditorLoader';
import { ViewAnnouncer } from '../ui/Announcer/ViewAnnouncer';
// Eager: a story moves the selection (opening details) as it starts, so the player must already be
// there to hold focus and remember what opened it; a lazy one arrived too late and lost focus.
import { StoryPlayer } from '../ui/Stories/StoryPlayer';

const selectOpen = (s: ReturnType<typeof useDatasetStore.getState>) => s.open;
const selectView = (s: ViewStore) => s.view;
const selectRestored = (s: ViewStore) => s.restoredFromAddress;
const selectPortfolio = (s: ViewStore) => s.portfolio;
const selectStoryShown = (s: ReturnType<typeof useStoryPlayer.getState>) => s.story !== null || s.problem !== null;

/** The shell: opens the dataset named in the address, then lays out the views and their panels. */
export function App() {
  const open = useDatasetStore(selectOpen);
  const load = useLoadState();
  const shown = useEditSession(load);

  useEffect(() => {
    // main.tsx opens it before the first render; opened twice, the first load would be thrown away.
    if (useDatasetStore.getState().state.status !== 'idle') return;
    void open(pageParams().get('data'), window.location.href, BUNDLED_DATASET_URL);
  }, [open]);

  if (load.status === 'idle' || load.status === 'loading') {
    return <LoadingScreen address={load.status === 'loading' ? load.address : ''} progress={load.status === 'loading' ? load.progress : { loaded: 0, total: null }} />;
  }
  if (load.status === 'failed') return <DatasetErrors address={load.address} message={load.message} issues={load.issues} />;
  return <Explorer dataset={shown ?? load.dataset} embed={pageParams().get('embed') === '1'} />;
}

function Explorer({ dataset, embed }: { dataset: Dataset; embed: boolean }) {
  const view = useViewStore(selectView);
  const selectedId = useSelectedId();
  const restored = useViewStore(selectRestored);
  useEffect(() => startUrlSync(dataset), [dataset]);
  useStoryFromAddress(dataset);
  useEffect(prefetchViews, []);
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
        <ViewSwitch views={VIEWS} />
        <SearchBox dataset={dataset} />
        <ExportButton dataset={dataset} />
        <EditModeButton />
      </header>
      <EditNotices />
      <EditorLoader dataset={dataset} />
      <FilterBar dataset={dataset} />
      <UrlNotices />
      <FocusBar dataset={dataset} />
      <main className="app-main">
        {view === 'map' && (
        <Sidebar
          tabs={[
            // The legend is built once the map is painted: the map comes first (AfterMapPaint.tsx).
            { id: 'legend', label: 'Legend', content: <AfterMapPaint><Legend dataset={dataset} /></AfterMapPaint> },
            { id: 'loops', label: 'Loops', content: <Loading what="loops"><LoopsPanel dataset={dataset} /></Loading> },
            { id: 'paths', label: 'Paths', content: <Loading what="paths"><PathsPanel dataset={dataset} /></Loading> },
            { id: 'what-if', label: 'What if', content: <Loading what="what if"><WhatIfPanel dataset={dataset} /></Loading> },
            {
              id: 'stories',
              label: 'Stories',
              content: (
                <Loading what="stories">
                  <StoriesPanel dataset={dataset} exampleStory={pageParams().get('data') ? null : EXAMPLE_STORY_URL} />
                </Loading>
              ),
            },
          ]}
        />
        )}
        {/* The view between the sidebar and the details: a story's card floats over it, never over the details. */}
        <div className="app-centre">
          {view === 'map' && <MapView dataset={dataset} />}
          {view === 'table' && <Loading what="the table"><TableView dataset={dataset} /></Loading>}
          {view === 'leverage' && <Loading what="leverage"><LeverageView dataset={dataset} /></Loading>}
          {view === 'compare' && <Loading what="the comparison"><CompareView dataset={dataset} /></Loading>}
          {view === 'gaps' && <Loading what="evidence gaps"><GapMatrixView dataset={dataset} /></Loading>}
          {view === 'impact' && <Loading what="impact and cost"><ImpactCostView dataset={dataset} /></Loading>}
          {view === 'grants' && <Loading what="your grants"><GrantsView dataset={dataset} /></Loading>}
          {storyShown && <StoryPlayer dataset={dataset} />}
          {portfolioOn && (
            <Suspense fallback={null}>
              <PortfolioOverlayFeed dataset={dataset} />
            </Suspense>
          )}
        </div>
        {/* Mounted from the start (its chunk is fetched as the page starts, after the first load's
            scripts), so a selection opens it at once and its focus handling sees every opening. */}
        {/* Until its code arrives, a selected item's panel is held open empty, so the map has its final
            size from the first paint and a link's zoom is never re-centred under the reader's eyes. */}
        <Suspense fallback={selectedId ? <aside className="detail-panel" aria-hidden="true" /> : null}>
          <DetailPanel dataset={dataset} />
        </Suspense>
      </main>
      <ViewAnnouncer dataset={dataset} />
    </div>
  );
}
