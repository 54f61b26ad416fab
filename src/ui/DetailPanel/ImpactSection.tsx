import { describeChange, impactOf, type DatasetIndex } from '../../analysis';
import { IMPACT_SCALE, type Intervention } from '../../model';
import { ImpactBadge } from '../common/ImpactBadge';
import { estimateFacts } from './estimateWords';

/**
 * Impact on reoffending, its own channel beside evidence strength: the rating, why (by the written
 * rule), and each structured estimate it rests on, every figure as the source gives it.
 */
export function ImpactSection({ intervention, index }: { intervention: Intervention; index: DatasetIndex }) {
  const impact = impactOf(intervention);
  return (
    <section className="detail-section" aria-labelledby="impact-heading">
      <h3 id="impact-heading">
        Impact on reoffending: <ImpactBadge level={impact.level} />
      </h3>
      <p className="impact-plain">{IMPACT_SCALE[impact.level].plainWords}</p>
      <p className="impact-why">Why: {impact.why}</p>
      {impact.spread && (
        <p className="impact-spread">
          Across the findings: from {describeChange({ value: impact.spread.low, approximate: false, how: '' })} to{' '}
          {describeChange({ value: impact.spread.high, approximate: false, how: '' })}.
        </p>
      )}
      {impact.findings.map((finding, i) => {
        const source = index.source.get(finding.citation.source);
        return (
          <div key={`${finding.citation.source}-${i}`} className="impact-estimate">
            <p className="impact-estimate-source">
              {finding === impact.primary ? 'The rating rests on: ' : 'Also: '}
              <cite>{source?.title ?? finding.citation.source}</cite>, {finding.citation.locator}
            </p>
            <dl className="impact-facts">
              {estimateFacts(finding.citation.estimate).map(({ term, value }) => (
                <div key={term}>
                  <dt>{term}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          </div>
        );
      })}
    </section>
  );
}
