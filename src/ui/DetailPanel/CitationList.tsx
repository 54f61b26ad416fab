import type { Citation } from '../../model';
import { SOURCE_KIND_LABELS } from '../../model';
import type { DatasetIndex } from '../../analysis';
import { SafeLink } from '../common/SafeLink';
import { SummarisedCitation } from './SummarisedCitation';

/** Quotes in their sources' order of first mention, the quotes from each source together. */
function quotesBySource(citations: readonly Citation[]): Array<{ source: string; quotes: string[] }> {
  const groups = new Map<string, string[]>();
  for (const c of citations) if (c.quote !== undefined) groups.set(c.source, [...(groups.get(c.source) ?? []), c.quote]);
  return [...groups].map(([source, quotes]) => ({ source, quotes }));
}

/**
 * The evidence behind an item: exact quotes grouped under each source's title and what it is, then
 * findings summarised in our own words from sources not stored here (never set as quotes). What to
 * weigh in a source (its caveat) is said once per panel, by SourceCaveats, not under every citation.
 */
export function CitationList({ citations, index }: { citations: readonly Citation[]; index: DatasetIndex }) {
  const summaries = citations.filter((c) => c.quote === undefined);
  return (
    <ul className="citations">
      {quotesBySource(citations).map(({ source: id, quotes }) => {
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
      {summaries.map((citation, i) => (
        <SummarisedCitation key={`${citation.source}-${i}`} citation={citation} source={index.source.get(citation.source)} />
      ))}
    </ul>
  );
}
