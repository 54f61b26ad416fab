import type { Dataset } from '../../model';
import { pageAddress, useViewStore, viewStateOf, visibilityOf } from '../../store';
import { attributionLines } from '../../io/export/describeView';
import { describeView } from '../../store/viewPieces/describeView';
import { withGrantsLine } from './grantsLine';
import { mapForExport, type ExportFraming } from '../../map/exportMap';
import { impactChartForExport } from '../ImpactCost/impactExport';
import { legendSamples } from './legendSamples';
import { snapshotSvg, type Snapshot } from './svgSnapshot';
import { mapPicture, stylesheetPicture } from './exportPicture';
import impactStylesheet from '../ImpactCost/impactCost.css?raw';
import { COLOURS } from '../../map/tokens';

export interface ViewSnapshotOptions {
  dataset: Dataset;
  title: string;
  framing: ExportFraming;
  background: 'white' | 'transparent';
  description: readonly string[];
  attribution: readonly string[];
  /** The nodes the view shows: the legend names only their kinds. */
  shownNodes: ReadonlySet<string>;
}

/** The view as one SVG image (title, the map framed or as on screen, legend, attribution); null with no map shown. */
export function viewSnapshot(options: ViewSnapshotOptions): Snapshot | null {
  // The impact-and-cost view exports its own picture with its own key; the map view, the map.
  const chart = impactChartForExport(options.dataset, options.shownNodes);
  if (chart) {
    return snapshotSvg({
      // The chart is drawn on paper (.impact-chart in its stylesheet).
      picture: stylesheetPicture(chart.svg, impactStylesheet, COLOURS.paper),
      title: options.title,
      description: [...chart.description, ...options.description],
      legend: chart.legend,
      attribution: options.attribution,
      background: options.background,
    });
  }
  const map = mapForExport(options.dataset, options.framing);
  if (!map) return null;
  try {
    return snapshotSvg({
      picture: mapPicture(map),
      title: options.title,
      description: options.description,
      legend: legendSamples(options.dataset, map.svg, options.shownNodes),
      attribution: options.attribution,
      background: options.background,
    });
  } finally {
    map.dispose();
  }
}

/**
 * The most nodes a view may show for the browser's own Print to draw it as Export does: drawing
 * the sheet blocks the page, with no progress to show, for about 1.5 s at 1,000 nodes and 17 s at
 * 5,000 (measured, headless Chromium). A larger view prints as the stylesheet lays the page out.
 */
const MAX_PRINTED_NODES = 1_500;

/**
 * The current view as Export would image it by default (the dataset's title, what the view is
 * about framed, on white): what the browser's own Print prints when the Export dialog is closed.
 */
export function currentViewSnapshot(dataset: Dataset): Snapshot | null {
  const store = useViewStore.getState();
  // Another view (the table, say) prints as the page lays it out: Print prints what is on screen.
  if (store.view !== 'map' && store.view !== 'impact') return null;
  const visibility = visibilityOf(dataset, store.filter, store.focus);
  if (visibility.nodes.size > MAX_PRINTED_NODES) return null;
  const exportedOn = new Date().toISOString().slice(0, 10);
  return viewSnapshot({
    dataset,
    title: dataset.meta.title,
    framing: 'view',
    background: 'white',
    description: withGrantsLine(describeView(dataset, viewStateOf(store), visibility), store),
    attribution: attributionLines(dataset, exportedOn, pageAddress()),
    shownNodes: visibility.nodes,
  });
}
