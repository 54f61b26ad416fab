import { useMemo, useState } from 'react';
import { plural, type Dataset } from '../../model';
import { useViewStore } from '../../store';
import { useEditStore, type EditStore } from '../../store/editing';
import { datasetChanges, saveMeta, savePositions, type RecordChange } from '../../store/editing/actions';
import { fileNameFrom, saveFile } from '../common/saveFile';
import { layoutPositions } from './layoutPositions';

const selectBaseline = (s: EditStore) => s.baseline;

const shown = (value: unknown): string => {
  if (value === undefined) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 240 ? `${text.slice(0, 239)}…` : text;
};

/** "1.3.0" → "1.4.0": a researcher's edit is usually a minor version; they can type another. */
const nextMinor = (version: string) => {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  return m ? `${m[1]}.${Number(m[2]) + 1}.0` : `${version}-edited`;
};

const VERBS: Record<RecordChange['kind'], string> = { added: 'Added', changed: 'Changed', removed: 'Removed' };

/** What the edits change against the loaded dataset, field by field; download; pin the layout. */
export function ChangesView({ dataset }: { dataset: Dataset }) {
  const baseline = useEditStore(selectBaseline) ?? dataset;
  const all = useMemo(() => datasetChanges(baseline, dataset), [baseline, dataset]);
  // Pinned positions are many and alike: counted in one line rather than listed one by one.
  const changes = all.filter((c) => c.collection !== 'positions');
  const moved = all.length - changes.length;
  const [version, setVersion] = useState(() => nextMinor(baseline.meta.version));
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');
  const counts = (['added', 'changed', 'removed'] as const).map((k) => `${changes.filter((c) => c.kind === k).length} ${k}`).join(', ');

  const download = () => {
    const today = new Date().toISOString().slice(0, 10);
    const meta = { ...dataset.meta, version, updated: today, changelog: [...dataset.meta.changelog, { version, date: today, changes: note }] };
    const outcome = useEditStore.getState().apply(saveMeta(meta));
    if (!outcome.ok) {
      setMessage(`Not downloaded: ${outcome.issues.map((i) => `${i.record}${i.field ? ` ${i.field}` : ''}: expected ${i.expected}`).join('; ')}`);
      return;
    }
    const edited = useEditStore.getState().dataset!;
    saveFile(fileNameFrom(edited.meta.title, 'json'), `${JSON.stringify(edited, null, 2)}\n`, 'application/json');
    setMessage(`Downloaded version ${version}. Commit it in place of the published file; npm run validate checks it.`);
  };

  const saveLayout = () => {
    const outcome = useEditStore.getState().apply(savePositions(layoutPositions(dataset, useViewStore.getState().pins)));
    setMessage(outcome.ok ? 'The current layout is now pinned in positions: the map opens the same way for everyone.' : 'The layout could not be saved.');
  };

  return (
    <section className="changes-view" aria-label="Changes">
      <h3>Changes against the loaded dataset (version {baseline.meta.version})</h3>
      <p>{changes.length === 0 && moved === 0 ? 'No changes yet.' : counts}</p>
      {moved > 0 && <p>{plural(moved, 'pinned position')} added or moved (the layout is kept in the dataset).</p>}
      <ul className="change-list">
        {changes.map((c) => (
          <li key={`${c.collection}:${c.id}`} className={`change change--${c.kind}`}>
            <strong>
              {VERBS[c.kind]} {c.collection.replace(/s$/, '')}
            </strong>{' '}
            {c.name} <code>{c.id}</code>
            {c.kind === 'changed' && (
              <dl>
                {c.fields.map((f) => (
                  <div key={f.field}>
                    <dt>{f.field}</dt>
                    <dd>
                      <del>{shown(f.before)}</del> → <ins>{shown(f.after)}</ins>
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        ))}
      </ul>
      <form
        className="download-form"
        onSubmit={(e) => {
          e.preventDefault();
          download();
        }}
      >
        <h3>Download dataset</h3>
        <label>
          Version
          <input value={version} onChange={(e) => setVersion(e.target.value)} />
        </label>
        <label>
          Changelog entry
          <textarea rows={2} required value={note} onChange={(e) => setNote(e.target.value)} placeholder="What changed, and on what evidence" />
        </label>
        <button type="submit">Download dataset</button>
      </form>
      <button type="button" onClick={saveLayout}>
        Save layout
      </button>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
