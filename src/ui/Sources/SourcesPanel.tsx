import { SOURCE_KINDS, SOURCE_KIND_LABELS, type Dataset } from '../../model';
import { useViewPiece, useViewStore } from '../../store';
import { citedByOf, citedByWords, countOf } from './citedBy';
import { CitingRecordList } from './CitingRecordList';
import { sourcePiece } from './sourcePiece';
import './sources.css';

/**
 * Every source the map rests on, by kind, with how many records cite it; choosing one lists, right
 * under it, the factors, links, interventions and gaps that cite it, each of which opens its details.
 */
export function SourcesPanel({ dataset }: { dataset: Dataset }) {
  const chosenId = useViewPiece(sourcePiece);
  const { setPiece } = useViewStore.getState();
  const citedBy = citedByOf(dataset);
  return (
    <section className="analysis-panel sources-panel" aria-labelledby="sources-title">
      <h2 id="sources-title">Sources</h2>
      <p className="muted">The {dataset.sources.length} documents this map cites, by kind. Choose one to list what cites it.</p>
      {SOURCE_KINDS.map((kind) => {
        const sources = dataset.sources.filter((s) => s.kind === kind);
        if (sources.length === 0) return null;
        return (
          <div key={kind} className="source-kind">
            <h3>
              {SOURCE_KIND_LABELS[kind]} ({sources.length})
            </h3>
            <ul className="choice-list">
              {sources.map((source) => {
                const records = citedBy.get(source.id);
                const chosen = source.id === chosenId;
                return (
                  <li key={source.id}>
                    <button type="button" className="choice" aria-pressed={chosen} onClick={() => setPiece(sourcePiece, chosen ? null : source.id)}>
                      <span className="choice-title">{source.title}</span>
                      <span className="muted">
                        {SOURCE_KIND_LABELS[kind]} · {citedByWords(countOf(records))}
                      </span>
                    </button>
                    {chosen && records && <CitingRecordList title={source.title} records={records} onClear={() => setPiece(sourcePiece, null)} />}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
