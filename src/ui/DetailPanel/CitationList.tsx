import type { Citation } from '../../model';
import { SOURCE_KIND_LABELS } from '../../model';
import type { DatasetIndex } from '../../analysis';
import { SafeLink } from '../common/SafeLink';

/** Citations in their sources' order of first mention, the quotes from each source together. */
function bySource(citations: readonly Citation[]): Array<{ source: string; quotes: string[] }> {
  const groups = new Map<string, string[]>();
  for (const c of citations) groups.set(c.source, [...(groups.get(c.source) ?? []), c.quote]);
  return [...groups].map(([source, quotes]) => ({ source, quotes }));
}

/**
 * The quotes behind an item, grouped under each source's title and what it is. What to weigh in a
 * source (its caveat) is said once per panel, by SourceCaveats, not under every quote.
 */
export function CitationList({ citations, index }: { citations: readonly Citation[]; index: DatasetIndex }) {
  return (
    <ul className="citations">
      {bySource(citations).map(({ source: id, quotes }) => {
        const source = index.source.get(id);
        const facts = source ? [source.author, source.publisher, source.date].filter(Boolean).join(', ') : '';
        return (
          <li key={id} className="citation-group">
            <p className="citation-source">
              <cite>{source?.title ?? id}</cite>
              {source && <span className="citation-kind"> · {SOURCE_KIND_LABELS[source.kind]}</span>}
              {facts && <span> · {facts}</span>}
              {source?.url && (
                <>
                  {' · '}
                  <SafeLink href={source.url}>Read the source</SafeLink>
                </>
              )}
            </p>
            <ul className="citation-quotes">
              {quotes.map((quote, i) => (
                <li key={i} className="citation">
                  <blockquote>“{quote}”</blockquote>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
