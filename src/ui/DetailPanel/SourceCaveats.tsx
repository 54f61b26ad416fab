import type { Citation } from '../../model';
import { SOURCE_KIND_LABELS } from '../../model';
import type { DatasetIndex } from '../../analysis';

/** Every source cited anywhere in a panel, once, with what a reader should weigh in it. */
export function SourceCaveats({ citations, index, title = 'What to weigh in these sources' }: { citations: readonly Citation[]; index: DatasetIndex; title?: string }) {
  const sources = [...new Set(citations.map((c) => c.source))].flatMap((id) => {
    const source = index.source.get(id);
    return source ? [source] : [];
  });
  if (sources.length === 0) return null;
  return (
    <section className="detail-section source-caveats" aria-label={title}>
      <h3>{title}</h3>
      <dl>
        {sources.map((source) => (
          <div key={source.id}>
            <dt>
              <cite>{source.title}</cite> <span className="citation-kind">· {SOURCE_KIND_LABELS[source.kind]}</span>
            </dt>
            <dd className="citation-caveat">Weigh this: {source.caveat}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
