import { lazy, Suspense } from 'react';
import { registerViewPiece, type ViewName } from '../store';
import { lazyPanel, pick, type PanelEntry } from '../ui/Sidebar/panelEntry';
import { MapView } from '../map/MapView';
import { AfterMapPaint } from '../map/AfterMapPaint';
import type { Dataset } from '../model';
import { SOURCES_TAB } from '../ui/Sources/sourcesTab';

/**
 * The views the view switch offers, in its order: one entry each (label, what loads, its component).
 * Typed by the store's list of `view=` values, so a view the address accepts cannot lack an entry.
 */
export const VIEW_REGISTRY: Readonly<Record<ViewName, PanelEntry>> = {
  map: { id: 'map', label: 'Map', what: 'the map', show: { component: MapView } },
  table: { id: 'table', label: 'Table', what: 'the table', show: lazyPanel(() => import('../ui/Table/TableView').then(pick('TableView'))) },
  leverage: { id: 'leverage', label: 'Leverage', what: 'leverage', show: lazyPanel(() => import('../ui/Leverage/LeverageView').then(pick('LeverageView'))) },
  compare: { id: 'compare', label: 'Compare', what: 'the comparison', show: lazyPanel(() => import('../ui/Compare/CompareView').then(pick('CompareView'))) },
  gaps: { id: 'gaps', label: 'Evidence gaps', what: 'evidence gaps', show: lazyPanel(() => import('../ui/GapMatrix/GapMatrixView').then(pick('GapMatrixView'))) },
  impact: { id: 'impact', label: 'Impact and cost', what: 'impact and cost', show: lazyPanel(() => import('../ui/ImpactCost/ImpactCostView').then(pick('ImpactCostView'))) },
  // Not prefetched: a reader who never opens "Grants" never downloads the 360Giving readers, the tagger or the portfolio.
  grants: { id: 'grants', label: 'Grants', what: 'your grants', show: lazyPanel(() => import('../ui/Grants/GrantsView').then(pick('GrantsView')), { prefetch: false }) },
};

/** The legend's code comes once the map is painted, as the legend itself does: the first load does not carry it. */
const Legend = lazy(() => import('../ui/Legend/Legend').then((module) => ({ default: module.Legend })));

/** The legend is built once the map is painted: the map comes first (AfterMapPaint.tsx). */
function LegendAfterMap({ dataset }: { dataset: Dataset }) {
  return (
    <AfterMapPaint>
      <Suspense fallback={null}>
        <Legend dataset={dataset} />
      </Suspense>
    </AfterMapPaint>
  );
}

/**
 * The sidebar's tabs beside the map, in order. The first whose `opens` holds is the one a link
 * opens on: traced paths take the map's highlight over a loop, and either over the what-if.
 */
export const SIDEBAR_TABS: readonly PanelEntry[] = [
  { id: 'legend', label: 'Legend', what: 'the legend', show: { component: LegendAfterMap } },
  { id: 'loops', label: 'Loops', what: 'loops', show: lazyPanel(() => import('../ui/Loops/LoopsPanel').then(pick('LoopsPanel'))), opens: (s) => s.loopId !== null && s.path === null },
  { id: 'paths', label: 'Paths', what: 'paths', show: lazyPanel(() => import('../ui/Paths/PathsPanel').then(pick('PathsPanel'))), opens: (s) => s.path !== null },
  {
    id: 'what-if',
    label: 'What if',
    what: 'what if',
    show: lazyPanel(() => import('../ui/WhatIf/WhatIfPanel').then(pick('WhatIfPanel'))),
    opens: (s) => s.fund.length > 0 && s.loopId === null && s.path === null,
  },
  { id: 'stories', label: 'Stories', what: 'stories', show: lazyPanel(() => import('./StoriesTab').then(pick('StoriesTab'))) },
  SOURCES_TAB,
];

// A tab's own piece of the view joins the link before the address is first read.
for (const tab of SIDEBAR_TABS) if (tab.state) registerViewPiece(tab.state);

