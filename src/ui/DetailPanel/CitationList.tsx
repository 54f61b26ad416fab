import type { Citation } from '../../model';
import { SOURCE_KIND_LABELS } from '../../model';
import type { DatasetIndex } from '../../analysis';
import { SafeLink } from '../common/SafeLink';
import { SummarisedCitation } from './SummarisedCitation';

/** Every citation with its source's title, the exact quote (or, for an external source, our summary), and what the source states about itself. */
export function CitationList({ citations, index }: { citations: readonly Citation[]; index: DatasetIndex }) {
  return (
    <ul className="citations">
      {citations.map((citation, i) => {
        const source = index.source.get(citation.source);
        if (citation.quote === undefined) return <SummarisedCitation key={`${citation.source}-${i}`} citation={citation} source={source} />;
        const facts = source ? [source.author, source.publisher, source.date].filter(Boolean).join(', ') : '';
        return (
          <li key={`${citation.source}-${i}`} className="citation">
            <blockquote>“{citation.quote}”</blockquote>
            <p className="citation-source">
              <cite>{source?.title ?? citation.source}</cite>
              {source && <span className="citation-kind"> · {SOURCE_KIND_LABELS[source.kind]}</span>}
              {facts && <span> · {facts}</span>}
              {source?.url && (
                <>
                  {' · '}
                  <SafeLink href={source.url}>Read the source</SafeLink>
                </>
              )}
            </p>
            {source?.caveat && <p className="citation-caveat">Weigh this: {source.caveat}</p>}
          </li>
        );
      })}
    </ul>
  );
}
