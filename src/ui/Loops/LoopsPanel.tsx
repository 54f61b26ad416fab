import type { Dataset } from '../../model';
import { loopSearchInWords } from '../../analysis';
import { indexOf, useViewStore, type ViewStore } from '../../store';
import { useFactorAnalysis } from '../../store/hooks/useFactorAnalysis';
import { AnalysisStatus } from '../Leverage/AnalysisStatus';

const selectLoop = (s: ViewStore) => s.loopId;
const KIND_WORDS = {
  reinforcing: 'Reinforcing: each turn strengthens the next (a vicious or virtuous circle)',
  balancing: 'Balancing: the loop pushes back against change',
} as const;

/** The feedback loops among factors; choosing one traces it on the map, in order. */
export function LoopsPanel({ dataset }: { dataset: Dataset }) {
  const loopId = useViewStore(selectLoop);
  const { showLoop } = useViewStore.getState();
  const analysis = useFactorAnalysis(dataset);
  const search = analysis.loops;
  const index = indexOf(dataset);
  if (!search) {
    return (
      <section className="analysis-panel" aria-labelledby="loops-title">
        <h2 id="loops-title">Feedback loops</h2>
        <AnalysisStatus dataset={dataset} analysis={analysis} needsCentrality={false} />
      </section>
    );
  }
  const { loops } = search;
  const chosen = loops.find((l) => l.id === loopId) ?? null;
  const label = (id: string) => index.factor.get(id)?.label ?? id;
  const named = loops.filter((l) => l.named).length;
  return (
    <section className="analysis-panel" aria-labelledby="loops-title">
      <h2 id="loops-title">Feedback loops</h2>
      <p className="muted">
        {loops.length} loops among factors; {named} named by the dataset’s authors. {loopSearchInWords(search)}
      </p>
      {chosen && (
        <div className="loop-detail">
          <h3>{chosen.name}</h3>
          <p>
            <span className={`loop-kind loop-kind--${chosen.kind}`}>{KIND_WORDS[chosen.kind]}</span>
          </p>
          {chosen.description && <p>{chosen.description}</p>}
          <ol className="loop-steps">
            {chosen.factors.map((id, i) => {
              const next = chosen.factors[(i + 1) % chosen.factors.length] ?? '';
              const link = index.link.get(chosen.links[i] ?? '');
              return (
                <li key={id}>
                  {label(id)}{' '}
                  <span className="muted">
                    → {link?.polarity === '-' ? 'less' : 'more'} {label(next)}
                    {link?.basis === 'inferred' && ' (inferred by the map’s authors)'}
                  </span>
                </li>
              );
            })}
          </ol>
          <button type="button" onClick={() => showLoop(null)}>
            Stop tracing this loop
          </button>
        </div>
      )}
      <ul className="choice-list">
        {loops.map((loop) => (
          <li key={loop.id}>
            <button type="button" className="choice" aria-pressed={loop.id === loopId} onClick={() => showLoop(loop.id === loopId ? null : loop.id)}>
              <span className="choice-title">{loop.name}</span>
              <span className="muted">
                {loop.kind === 'reinforcing' ? 'Reinforcing' : 'Balancing'} · {loop.factors.length} factors
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
