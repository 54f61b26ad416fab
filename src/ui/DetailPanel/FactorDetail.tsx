import { EVIDENCE_SCALE, type Dataset, type Factor } from '../../model';
import { gapsConcerning, intendedOnly, type DatasetIndex } from '../../analysis';
import { CitationList } from './CitationList';
import { LinkList } from './LinkList';
import { SourceCaveats } from './SourceCaveats';
import { GapsAbout } from './GapsAbout';
import { CautionBadge } from '../common/CautionBadge';

export function FactorDetail({ factor, dataset, index, onMove }: { factor: Factor; dataset: Dataset; index: DatasetIndex; onMove(id: string): void }) {
  const actedOnBy = index.actedOnBy.get(factor.id) ?? [];
  const out = index.linksFrom.get(factor.id) ?? [];
  const into = index.linksTo.get(factor.id) ?? [];
  const panelCitations = [...factor.citations, ...out.flatMap((l) => l.citations), ...into.flatMap((l) => l.citations)];
  return (
    <>
      <p className="detail-kind">
        Factor · {index.domain.get(factor.domain)?.label ?? factor.domain} · {index.stage.get(factor.stage)?.label ?? factor.stage}
      </p>
      <p className="detail-description">{factor.description}</p>
      <LinkList title="Leads to" links={out} direction="out" index={index} onMove={onMove} />
      <LinkList title="Comes from" links={into} direction="in" index={index} onMove={onMove} />
      {actedOnBy.length > 0 && (
        <section className="detail-section">
          <h3>Interventions acting on it ({actedOnBy.length})</h3>
          <ul className="link-list">
            {actedOnBy.map(({ intervention, effect }) => (
              <li key={intervention.id}>
                <button type="button" className="link-button" onClick={() => onMove(intervention.id)}>
                  {intervention.label}
                </button>
                {/* Where its research found harm or no effect, what it does here is only intended; its badge says which. */}
                <span> {intendedOnly(intervention) ? `is intended to ${effect === 'raises' ? 'raise' : 'lower'}` : effect} it </span>
                <span className={`evidence evidence--${intervention.evidence.strength}`}>
                  {EVIDENCE_SCALE[intervention.evidence.strength].label}
                </span>
                <CautionBadge intervention={intervention} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <GapsAbout gaps={gapsConcerning(dataset, [factor.id])} title="Evidence gaps about it" onMove={onMove} />
      <section className="detail-section">
        <h3>Sources</h3>
        <CitationList citations={factor.citations} index={index} />
      </section>
      <SourceCaveats citations={panelCitations} index={index} />
    </>
  );
}
