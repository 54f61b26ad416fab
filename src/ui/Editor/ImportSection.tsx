import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { formatIssue, type Dataset, type DatasetIssue } from '../../model';
import type { ImportReport } from '../../io/import/importReport';
import type { ExportFormat } from '../../io/export/exportDataset';
import { WRITE_FORMATS } from '../../io/formats/registry';
import { ACCEPTED_FILES, READABLE_FORMATS } from '../../io/formats/formatWords';
import { useEditStore } from '../../store/editing';
import { datasetChanges, replaceDataset } from '../../store/editing/actions';
import { saveFile } from '../common/saveFile';
import { ImportReportView } from './ImportReportView';
import { OpenInGrants } from './OpenInGrants';
import { visibleText } from '../../io/visibleText';
import { CANCELLED, importOffThread } from '../../io/import/offThread/importOffThread';

type Mode = 'replace' | 'merge' | 'merge-incoming';
type Loaded =
  | { ok: true; names: string; imported: Dataset; report: ImportReport }
  | { ok: false; names: string; message: string; issues: DatasetIssue[]; report?: ImportReport; grantsFiles?: File[] };

interface Preview {
  dataset: Dataset | null;
  lines: string[];
  problems: string[];
}

/** The export list: every format the registry writes that has a button here (dataset JSON is downloaded from the list of changes). */
const EXPORTS = WRITE_FORMATS.flatMap((f) => (f.writes?.button ? [{ format: f.id, label: f.writes.button }] : []));

/** Reads and maps the files in a worker (the page answers meanwhile); null when cancelled. */
async function readFiles(files: File[], onProgress: (message: string) => void, signal: AbortSignal): Promise<Loaded | null> {
  // A file's name is the file's own text: every message names it with hidden characters shown by their code.
  const names = files.map((f) => visibleText(f.name)).join(', ');
  const inputs = await Promise.all(files.map(async (f) => ({ name: visibleText(f.name), content: await f.arrayBuffer() })));
  const outcome = await importOffThread(inputs, { onProgress, signal });
  if (outcome === CANCELLED) return null;
  if (outcome.ok) return { ok: true, names, imported: outcome.dataset, report: outcome.report };
  // A 360Giving file keeps its files, so one press opens them where grants are read.
  return { ok: false, names, message: outcome.message, issues: outcome.issues, ...(outcome.report ? { report: outcome.report } : {}), ...(outcome.grantsFile ? { grantsFiles: files } : {}) };
}

async function previewOf(current: Dataset, imported: Dataset, mode: Mode): Promise<Preview> {
  if (mode === 'replace') {
    const changes = datasetChanges(current, imported);
    const count = (k: string) => changes.filter((c) => c.kind === k).length;
    return { dataset: imported, lines: [`Replaces the dataset: ${count('added')} records added, ${count('changed')} changed, ${count('removed')} removed.`], problems: [] };
  }
  const { mergeDatasets } = await import('../../io/import/mergeDatasets');
  const merged = mergeDatasets(current, imported, { prefer: mode === 'merge-incoming' ? 'incoming' : 'current' });
  const p = merged.preview;
  const lines = [
    ...Object.entries(p.added).filter(([, ids]) => ids.length).map(([c, ids]) => `Adds ${ids.length} ${c}: ${ids.slice(0, 12).join(', ')}${ids.length > 12 ? '…' : ''}`),
    ...Object.entries(p.differing).filter(([, ids]) => ids.length).map(([c, ids]) => `${ids.length} ${c} differ from the import: ${mode === 'merge-incoming' ? 'replaced by the imported ones' : 'kept as they are here'}`),
    ...p.renamed.map((r) => `Renames the imported ${r.from} to ${r.to} (the id names another kind of record here)`),
    ...(p.positionsAdded ? [`Adds ${p.positionsAdded} positions`] : []),
  ];
  return merged.ok ? { dataset: merged.dataset, lines: lines.length ? lines : ['The merge adds nothing new.'], problems: [] } : { dataset: null, lines, problems: merged.issues.map(formatIssue) };
}

/** Opens a file of any format the map reads, previews the change, and applies it only when asked. */
export function ImportSection({ dataset, dropped, onDroppedTaken }: { dataset: Dataset; dropped: File[] | null; onDroppedTaken(): void }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [mode, setMode] = useState<Mode>('replace');
  const [previewed, setPreviewed] = useState<{ of: Loaded; mode: Mode; preview: Preview } | null>(null);
  const preview = previewed && previewed.of === loaded && previewed.mode === mode ? previewed.preview : null;
  const [status, setStatus] = useState('');
  const [reading, setReading] = useState<{ names: string; progress: string } | null>(null);
  const stopReading = useRef<AbortController | null>(null);

  // One import at a time: a new file stops the one being read. Nothing is applied until the person
  // chooses to, so a cancelled import leaves the map and any edit as they were.
  const take = (files: File[]) => {
    stopReading.current?.abort();
    const controller = new AbortController();
    stopReading.current = controller;
    const names = files.map((f) => visibleText(f.name)).join(', ');
    setReading({ names, progress: `Reading ${names}…` });
    setStatus('');
    void readFiles(files, (progress) => !controller.signal.aborted && setReading({ names, progress }), controller.signal).then((read) => {
      if (controller.signal.aborted) return;
      setReading(null);
      setLoaded(read);
    });
  };
  const cancelReading = () => {
    stopReading.current?.abort();
    setStatus(`Import of ${reading?.names ?? 'the file'} cancelled: the map and your edits are as they were.`);
    setReading(null);
  };

  // A file dropped on the page is read once, then handed back so a second drop of it is read again.
  const takeDropped = useEffectEvent((files: File[]) => take(files));
  useEffect(() => {
    if (!dropped) return;
    onDroppedTaken();
    // Started after this effect, as reading a file always was (it begins with an await).
    void Promise.resolve().then(() => takeDropped(dropped));
  }, [dropped, onDroppedTaken]);
  useEffect(() => () => stopReading.current?.abort(), []);

  useEffect(() => {
    let live = true;
    if (loaded?.ok) void previewOf(dataset, loaded.imported, mode).then((p) => live && setPreviewed({ of: loaded, mode, preview: p }));
    return () => {
      live = false;
    };
  }, [loaded, mode, dataset]);

  const apply = () => {
    if (!preview?.dataset) return;
    const outcome = useEditStore.getState().apply(replaceDataset(preview.dataset));
    setStatus(outcome.ok ? `Imported ${loaded?.names}. Undo takes it back.` : `Not imported: ${outcome.issues.map(formatIssue).slice(0, 5).join('; ')}`);
    if (outcome.ok) setLoaded(null);
  };

  const exportAs = async (format: ExportFormat) => {
    const { exportDataset } = await import('../../io/export/exportDataset');
    for (const file of await exportDataset(dataset, format)) saveFile(file.name, new Blob([file.content as BlobPart], { type: file.mimeType }));
  };

  return (
    <section className="import-section" aria-label="Import and export">
      <h3>Import a file</h3>
      <p>{READABLE_FORMATS} You can also drop a file anywhere on the page.</p>
      <label className="file-picker">
        Choose a file to import
        <input type="file" multiple accept={ACCEPTED_FILES} onChange={(e) => e.target.files && take([...e.target.files])} />
      </label>
      {reading && (
        <div className="import-progress" role="status" aria-label="Import progress">
          <p>{reading.progress}</p>
          <button type="button" onClick={cancelReading}>
            Cancel import
          </button>
        </div>
      )}
      {status && <p role="status">{status}</p>}
      {loaded && !loaded.ok && (
        <div className="import-error" role="alert">
          <p>
            <strong>{loaded.message}</strong>
          </p>
          {loaded.grantsFiles ? (
            <OpenInGrants files={loaded.grantsFiles} dataset={dataset} />
          ) : (
            <ul>{loaded.issues.slice(0, 50).map((i, n) => <li key={n}>{formatIssue(i)}</li>)}</ul>
          )}
          {loaded.report && <ImportReportView report={loaded.report} />}
        </div>
      )}
      {loaded?.ok && (
        <div className="import-preview" role="region" aria-label="Import preview">
          <h4>Preview of importing {loaded.names}</h4>
          <fieldset>
            <legend>How to bring it in</legend>
            <label className="check">
              <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> Replace the dataset
            </label>
            <label className="check">
              <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> Merge into the current dataset, keeping records here
            </label>
            <label className="check">
              <input type="radio" name="import-mode" checked={mode === 'merge-incoming'} onChange={() => setMode('merge-incoming')} /> Merge, preferring the imported records
            </label>
          </fieldset>
          {preview && (
            <>
              <ul>{preview.lines.map((l) => <li key={l}>{l}</li>)}</ul>
              {preview.problems.length > 0 && (
                <ul className="field-error">{preview.problems.map((p) => <li key={p}>{p}</li>)}</ul>
              )}
            </>
          )}
          <ImportReportView report={loaded.report} />
          <button type="button" disabled={!preview?.dataset} onClick={apply}>
            {mode === 'replace' ? 'Replace the dataset with this import' : 'Merge this import'}
          </button>{' '}
          <button type="button" onClick={() => setLoaded(null)}>
            Cancel
          </button>
        </div>
      )}
      <h3>Export the dataset</h3>
      <div className="export-buttons">
        {EXPORTS.map((e) => (
          <button key={e.format} type="button" onClick={() => void exportAs(e.format)}>
            {e.label}
          </button>
        ))}
      </div>
    </section>
  );
}
