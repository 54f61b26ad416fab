import type { Citation, Intervention } from '../../model';
import { EFFECT_DIRECTION_LABELS, EVIDENCE_SCALE } from '../../model';
import type { DatasetIndex } from '../../analysis';
import { CitationList } from './CitationList';

const REST_WORDS = {
  research: 'research',
  'provider-figure': "a provider's own figure",
  testimony: 'testimony (no research finding)',
} as const;

/** "What the research found": the rating, which way the effect goes, what carries it, and the findings. */
export function ResearchFindings({
  intervention,
  citations,
  index,
  headingId,
}: {
  intervention: Intervention;
  citations: readonly Citation[];
  index: DatasetIndex;
  headingId: string;
}) {
  const { strength, direction, basis } = intervention.evidence;
  const carriers = (basis?.sources ?? []).map((id) => index.source.get(id)?.title ?? id);
  return (
    <section className="evidence-column evidence-column--research" aria-labelledby={headingId}>
      <h4 id={headingId}>What the research found</h4>
      <p className="evidence-verdict">
        Rated <span className={`evidence evidence--${strength}`}>{EVIDENCE_SCALE[strength].label}</span>
        {direction && <> · {EFFECT_DIRECTION_LABELS[direction]}</>}
      </p>
      {basis && (
        <p className="evidence-basis">
          The rating rests on {REST_WORDS[basis.restsOn]}
          {carriers.length > 0 && <>, carried by {carriers.join('; ')}</>}.
        </p>
      )}
      {basis?.disagreement && <p className="evidence-disagreement">Where they disagree: {basis.disagreement}</p>}
      {citations.length > 0 ? (
        <CitationList citations={citations} index={index} />
      ) : (
        <p className="evidence-none">No research finding has been read for this intervention.</p>
      )}
    </section>
  );
}
