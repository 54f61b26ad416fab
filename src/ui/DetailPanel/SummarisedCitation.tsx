import type { Citation, Source } from '../../model';
import { STUDY_DESIGN_LABELS } from '../../model';
import { SafeLink } from '../common/SafeLink';

/** An effect figure exactly as the source reports it: "measure: value (interval; studies; setting)". */
export function effectInWords(effect: NonNullable<Citation['effect']>): string {
  const details = [effect.interval, effect.studies, effect.setting].filter(Boolean).join('; ');
  return `${effect.measure}: ${effect.value}${details ? ` (${details})` : ''}`;
}

/**
 * A finding from a source not stored here, in the team's own words. It is marked as a summary, never
 * set as a quote, and says where in the source to look so a reader can check it. Its source's caveat
 * is said once per panel (SourceCaveats).
 */
export function SummarisedCitation({ citation, source }: { citation: Citation; source: Source | undefined }) {
  const title = source?.title ?? citation.source;
  const facts = source ? [source.author, source.publisher, source.date].filter(Boolean).join(', ') : '';
  return (
    <li className="citation citation--summary">
      <p className="citation-summary-label">
        Summarised from <cite>{title}</cite>
        {citation.locator && <>, {citation.locator}</>}
      </p>
      <p className="citation-finding">{citation.finding}</p>
      {citation.effect && <p className="citation-effect">Figure as reported: {effectInWords(citation.effect)}</p>}
      <p className="citation-source">
        {source?.study && <span className="citation-kind">{STUDY_DESIGN_LABELS[source.study]}</span>}
        {facts && <span> · {facts}</span>}
        {source?.url && (
          <>
            {' · '}
            <SafeLink href={source.url}>Read the source</SafeLink>
          </>
        )}
        {source?.readAt && (
          <>
            {' · '}
            <SafeLink href={source.readAt}>The copy we read</SafeLink>
          </>
        )}
      </p>
    </li>
  );
}
