import { EVIDENCE_SCALE, type Dataset, type Intervention } from '../../model';
import type { DatasetIndex } from '../../analysis';
import { EvidenceColumns } from './EvidenceColumns';
import { SafeLink } from '../common/SafeLink';
import { SourceCaveats } from './SourceCaveats';
import { CompareToggle } from '../Compare/CompareToggle';
import { CompareBar } from '../Compare/CompareBar';
import { ImpactSection } from './ImpactSection';
import { CostSection } from './CostSection';
import { TargetEffect } from '../common/TargetEffect';

export function InterventionDetail({
  intervention,
  dataset,
  index,
  onMove,
}: {
  intervention: Intervention;
  dataset: Dataset;
  index: DatasetIndex;
  onMove(id: string): void;
}) {
  const level = EVIDENCE_SCALE[intervention.evidence.strength];
  const stages = intervention.stages.map((s) => index.stage.get(s)?.label ?? s).join(', ');
  return (
    <>
      <p className="detail-kind">
        Intervention · {index.interventionType.get(intervention.type)?.label ?? intervention.type} · {stages}
      </p>
      <p className="detail-description">{intervention.description}</p>
      <div className="detail-compare">
        <CompareToggle id={intervention.id} label={intervention.label} />
        <CompareBar dataset={dataset} compact />
      </div>
      {/* Which way first, then how sure: a strongly evidenced harm must not read as "Strong" before it reads as harm. */}
      <ImpactSection intervention={intervention} index={index} />
      <section className="detail-section" aria-labelledby="evidence-heading">
        <h3 id="evidence-heading">
          Evidence: <span className={`evidence evidence--${intervention.evidence.strength}`}>{level.label}</span>
        </h3>
        <p className="evidence-plain">{level.plainWords}</p>
        <p>{intervention.evidence.summary}</p>
        <EvidenceColumns intervention={intervention} index={index} />
      </section>
      <CostSection intervention={intervention} index={index} />
      <section className="detail-section">
        <h3>Acts on ({intervention.targets.length})</h3>
        <ul className="link-list">
          {intervention.targets.map((target) => (
            <li key={target.factor}>
              <TargetEffect intervention={intervention} effect={target.effect} />
              <button type="button" className="link-button" onClick={() => onMove(target.factor)}>
                {index.factor.get(target.factor)?.label ?? target.factor}
              </button>
            </li>
          ))}
        </ul>
      </section>
      {intervention.examples && intervention.examples.length > 0 && (
        <section className="detail-section">
          <h3>Examples</h3>
          <ul className="link-list">
            {intervention.examples.map((example, i) => (
              <li key={`${example.organisation}-${i}`}>
                {example.url ? <SafeLink href={example.url}>{example.organisation}</SafeLink> : example.organisation}
              </li>
            ))}
          </ul>
        </section>
      )}
      <SourceCaveats citations={intervention.evidence.citations} index={index} />
    </>
  );
}
