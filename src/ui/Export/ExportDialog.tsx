import { useEffect, useId, useRef, useState } from 'react';
import type { Dataset } from '../../model';
import { toViewDataset } from '../../io/export/viewDataset';
import { toViewTables } from '../../io/csv/viewTables';
import { toLeverageCsv } from '../../io/csv/leverageTable';
import { rankByLeverage } from '../../analysis';
import { loopsOf } from '../../store';
// Apart from the store's index: only a ranking uses it, and the first load ranks nothing.
import { betweennessOf } from '../../store/betweenness';
import { viewSnapshot } from './viewSnapshot';
import { impactChartForExport } from '../ImpactCost/impactExport';
import { PNG_SCALES, rasterise, type PngScale } from './rasterise';
import { fileNameFrom, saveFile } from '../common/saveFile';
import { useExportContext } from './useExportContext';
import { usePrintSheet } from './usePrintSheet';
import type { ExportFraming } from '../../map/exportMap';
import { embedCode } from './embedCode';

/** The live map on the page, when the map view is showing. */
const liveMap = () => document.querySelector<SVGSVGElement>('svg.map-canvas');

/**
 * Everything an advocate takes away from the view they built: an image (PNG, SVG, print or PDF),
 * the data behind it (CSV, JSON), and a link or embed that reopens it. Loaded only when opened.
 */
export default function ExportDialog({ dataset, onClose }: { dataset: Dataset; onClose(): void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const context = useExportContext(dataset);
  const [title, setTitle] = useState(dataset.meta.title);
  const [scale, setScale] = useState<PngScale>(2);
  const [transparent, setTransparent] = useState(false);
  const [framing, setFraming] = useState<ExportFraming>('view');
  const [status, setStatus] = useState('');
  const ids = useId();
  // The impact-and-cost picture exports through the same snapshot, legend, title and attribution as the map.
  const hasMap = liveMap() !== null || impactChartForExport(dataset, context.visibility.nodes) !== null;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  /** The view as SVG: what it is about framed (an SVG twin of the map, drawn for this, then removed), or the map as on screen. */
  const snapshot = () =>
    viewSnapshot({
      dataset,
      title,
      framing,
      background: transparent ? 'transparent' : 'white',
      description: context.description,
      attribution: context.attribution,
      shownNodes: context.visibility.nodes,
    });

  const run = async (what: string, work: () => Promise<void> | void) => {
    setStatus(`Preparing ${what}…`);
    try {
      // Let the status paint before the work starts, so a large export never looks frozen.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      await work();
      setStatus(`${what[0]!.toUpperCase()}${what.slice(1)} ready.`);
    } catch (error) {
      setStatus(`Could not prepare ${what}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const downloadSvg = () =>
    run('the SVG', () => {
      const shot = snapshot();
      if (shot) saveFile(fileNameFrom(title, 'svg'), shot.svg, 'image/svg+xml;charset=utf-8');
    });
  const downloadPng = () =>
    run(`the PNG at ${scale}×`, async () => {
      const shot = snapshot();
      if (shot) saveFile(fileNameFrom(title, 'png'), await rasterise(shot.svg, shot.width, shot.height, scale));
    });
  usePrintSheet(snapshot);
  // The browser's print dialog saves as PDF too; the sheet is built as it opens (usePrintSheet).
  const print = () => window.print();
  const shown = { nodes: context.visibility.nodes, edges: context.visibility.edges };
  const downloadCsv = (table: 'factors' | 'links' | 'interventions') =>
    run(`the ${table} CSV`, () => saveFile(fileNameFrom(`${title} ${table}`, 'csv'), toViewTables(dataset, shown)[table], 'text/csv;charset=utf-8'));
  const downloadLeverage = () =>
    run('the leverage ranking CSV', () => {
      const { fairLeverage: fair } = context.view;
      const rows = rankByLeverage(dataset, context.visibility.nodes, loopsOf(dataset).loops, betweennessOf(dataset), { fair, weighting: context.view.leverageWeighting });
      saveFile(fileNameFrom(`${title} leverage`, 'csv'), toLeverageCsv(rows, fair), 'text/csv;charset=utf-8');
    });
  const downloadJson = () =>
    run('the dataset JSON', () => {
      const { dataset: view } = toViewDataset(dataset, shown, context.exportedOn);
      saveFile(fileNameFrom(title, 'json'), `${JSON.stringify(view, null, 2)}\n`, 'application/json');
    });
  const copy = (what: string, text: string) =>
    run(what, async () => {
      await navigator.clipboard.writeText(text);
    });

  return (
    <dialog ref={dialogRef} className="export-dialog" aria-labelledby={`${ids}-heading`} onClose={onClose}>
      <div className="export-dialog-head">
        <h2 id={`${ids}-heading`}>Export this view</h2>
        <button type="button" className="close-button" aria-label="Close export" onClick={() => dialogRef.current?.close()}>
          ×
        </button>
      </div>
      <label className="export-title">
        Title on the image
        <input value={title} maxLength={160} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <section aria-labelledby={`${ids}-what`}>
        <h3 id={`${ids}-what`}>What the export says it shows</h3>
        <ul className="export-summary">
          {context.description.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby={`${ids}-image`}>
        <h3 id={`${ids}-image`}>Image</h3>
        {!hasMap && <p>Switch to the map (or to Impact and cost) to export an image of it; the data and link exports below work from any view.</p>}
        <fieldset className="export-options" disabled={!hasMap}>
          <legend>Picture</legend>
          <label>
            <input type="radio" name={`${ids}-framing`} checked={framing === 'view'} onChange={() => setFraming('view')} /> What the view shows, whole
          </label>
          <label>
            <input type="radio" name={`${ids}-framing`} checked={framing === 'screen'} onChange={() => setFraming('screen')} /> As on screen
          </label>
        </fieldset>
        <fieldset className="export-options" disabled={!hasMap}>
          <legend>PNG size</legend>
          {PNG_SCALES.map((s) => (
            <label key={s}>
              <input type="radio" name={`${ids}-scale`} checked={scale === s} onChange={() => setScale(s)} /> {s}×
            </label>
          ))}
          <label>
            <input type="checkbox" checked={transparent} onChange={(e) => setTransparent(e.target.checked)} /> Transparent background
          </label>
        </fieldset>
        <div className="export-buttons">
          <button type="button" disabled={!hasMap} onClick={() => void downloadPng()}>Download PNG</button>
          <button type="button" disabled={!hasMap} onClick={() => void downloadSvg()}>Download SVG</button>
          <button type="button" disabled={!hasMap} onClick={print}>Print or save as PDF</button>
        </div>
      </section>
      <section aria-labelledby={`${ids}-data`}>
        <h3 id={`${ids}-data`}>Data behind the view</h3>
        <div className="export-buttons">
          <button type="button" onClick={() => void downloadCsv('factors')}>Factors CSV</button>
          <button type="button" onClick={() => void downloadCsv('links')}>Links CSV</button>
          <button type="button" onClick={() => void downloadCsv('interventions')}>Interventions CSV</button>
          <button type="button" onClick={() => void downloadJson()}>Dataset JSON</button>
          {context.view.view === 'leverage' && (
            <button type="button" onClick={() => void downloadLeverage()}>Leverage ranking CSV</button>
          )}
        </div>
      </section>
      <section aria-labelledby={`${ids}-share`}>
        <h3 id={`${ids}-share`}>Share</h3>
        <div className="export-buttons">
          <button type="button" onClick={() => void copy('the link', context.link)}>Copy link</button>
          <button type="button" onClick={() => void copy('the embed code', embedCode(context.link, title))}>Copy embed code</button>
        </div>
      </section>
      <p className="export-status" role="status">
        {status}
      </p>
    </dialog>
  );
}
