import { pathInWords } from '../../analysis';
import type { Dataset } from '../../model';
import { indexOf, pathsOf, useViewStore, type ViewStore } from '../../store';

const selectPath = (s: ViewStore) => s.path;

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
  return (
    <label className="stacked-field">
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {placeholder && <option value="">{placeholder}</option>}
        {factors.map((f) => (
          <option key={f.id} value={f.id}>
            {f.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The shortest causal paths from one factor to another (to reoffending unless chosen otherwise). */
export function PathsPanel({ dataset }: { dataset: Dataset }) {
  const path = useViewStore(selectPath);
  const { showPath } = useViewStore.getState();
  const index = indexOf(dataset);
  const label = (id: string) => index.factor.get(id)?.label ?? id;
  const factors = [...dataset.factors].sort((a, b) => a.label.localeCompare(b.label));
  const from = path?.from ?? '';
  const to = path?.to ?? dataset.meta.outcome;
  const paths = pathsOf(dataset, path);
  const choose = (nextFrom: string, nextTo: string) => showPath(nextFrom && nextTo && nextFrom !== nextTo ? { from: nextFrom, to: nextTo } : null);
  return (
    <section className="analysis-panel" aria-labelledby="paths-title">
      <h2 id="paths-title">Causal paths</h2>
      <p className="muted">How one factor leads to another, by the shortest routes on the map.</p>
      <FactorSelect label="From" value={from} factors={factors} placeholder="Choose a factor…" onChange={(id) => choose(id, to)} />
      <FactorSelect label="To" value={to} factors={factors} onChange={(id) => choose(from, id)} />
      {path && paths.length === 0 && (
        <p>
          No causal path on the map leads from “{label(path.from)}” to “{label(path.to)}”.
        </p>
      )}
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
