import { memo, useState } from 'react';
import type { Dataset } from '../../model';
import { PATH_LIMITS, pathInWords, type PathSearch } from '../../analysis';
import { LARGE_ANALYSIS_FACTORS, factorsByLabelOf, indexOf, pathSearchOf, useViewStore, type ViewStore } from '../../store';
import { EntryOptions } from '../common/EntryOptions';

const selectPath = (s: ViewStore) => s.path;

const labelOf = (factor: { label: string }) => factor.label;

/** The choices, rendered again only when the dataset changes: a merged map can have 10,000 factors. */
const FactorOptions = memo(function FactorOptions({ factors }: { factors: ReadonlyArray<{ id: string; label: string }> }) {
  return <EntryOptions<{ id: string; label: string }> entries={factors} labelOf={labelOf} />;
});

function FactorSelect({
  label,
  value,
  factors,
  placeholder,
  onChange,
}: {
  label: string;
  value: string;
  factors: ReadonlyArray<{ id: string; label: string }>;
  placeholder?: string;
  onChange(id: string): void;
}) {
  // On a large map every factor is an option of both choices (20,000 elements at 10,000 factors,
  // seconds to build): they are built when a person reaches for the choice (focus or press), the
  // chosen factor alone until then. A small map lists them at once, as before.
  const [reached, setReached] = useState(factors.length <= LARGE_ANALYSIS_FACTORS);
  const chosen = reached ? null : factors.find((f) => f.id === value);
  return (
    <label className="stacked-field">
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)} onFocus={() => setReached(true)} onPointerDown={() => setReached(true)}>
        {placeholder && <option value="">{placeholder}</option>}
        {reached ? <FactorOptions factors={factors} /> : chosen && <option value={chosen.id}>{chosen.label}</option>}
      </select>
    </label>
  );
}

/** What the bounded path search covered, truthfully: all paths, the shortest few, or where the work limit stopped it. */
function pathSearchInWords(search: PathSearch): string {
  const shown = search.paths.length === 1 ? 'the shortest path' : `the ${search.paths.length} shortest paths`;
  if (search.stoppedByWork) {
    return `The search stopped after ${search.steps.toLocaleString('en-GB')} steps of work; ${search.paths.length === 0 ? 'it found no path before then' : `these are ${shown} it found`}.`;
  }
  if (search.more) return `Showing ${shown} of at least ${search.paths.length + 1} no more than ${PATH_LIMITS.slack} step longer than the shortest.`;
  if (search.paths.length === 0) return '';
  return `${search.paths.length === 1 ? 'This is the only path' : `These are all ${search.paths.length} paths`} no more than ${PATH_LIMITS.slack} step longer than the shortest.`;
}

/** The shortest causal paths from one factor to another (to reoffending unless chosen otherwise). */
export function PathsPanel({ dataset }: { dataset: Dataset }) {
  const path = useViewStore(selectPath);
  const { showPath } = useViewStore.getState();
  const index = indexOf(dataset);
  const label = (id: string) => index.factor.get(id)?.label ?? id;
  const factors = factorsByLabelOf(dataset);
  const from = path?.from ?? '';
  const to = path?.to ?? dataset.meta.outcome;
  const search = pathSearchOf(dataset, path);
  const { paths } = search;
  const searchNote = path ? pathSearchInWords(search) : '';
  const choose = (nextFrom: string, nextTo: string) => showPath(nextFrom && nextTo && nextFrom !== nextTo ? { from: nextFrom, to: nextTo } : null);
  return (
    <section className="analysis-panel" aria-labelledby="paths-title">
      <h2 id="paths-title">Causal paths</h2>
      <p className="muted">How one factor leads to another, by the shortest routes on the map.</p>
      <FactorSelect label="From" value={from} factors={factors} placeholder="Choose a factor…" onChange={(id) => choose(id, to)} />
      <FactorSelect label="To" value={to} factors={factors} onChange={(id) => choose(from, id)} />
      {path && paths.length === 0 && !search.stoppedByWork && (
        <p>
          No causal path on the map leads from “{label(path.from)}” to “{label(path.to)}”.
        </p>
      )}
      {searchNote && <p className="muted path-search-note">{searchNote}</p>}
      {paths.length > 0 && (
        <ol className="path-list" aria-label="Paths, shortest first">
          {paths.map((p) => (
            <li key={p.factors.join('~')}>
              <p className="path-words">{pathInWords(p.factors.map(label), p.polarity)}</p>
              <p className="muted">
                {p.factors.map((id, i) => {
                  const link = i > 0 ? index.link.get(p.links[i - 1] ?? '') : undefined;
                  return (
                    <span key={id}>
                      {i > 0 && ` → (${link?.polarity === '-' ? '−' : '+'}${link?.basis === 'inferred' ? ', inferred' : ''}) `}
                      {label(id)}
                    </span>
                  );
                })}
              </p>
            </li>
          ))}
        </ol>
      )}
      {path && (
        <button type="button" onClick={() => showPath(null)}>
          Clear the paths
        </button>
      )}
    </section>
  );
}
