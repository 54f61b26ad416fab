import { EVIDENCE_SCALE, type Factor } from '../../model';
import type { DatasetIndex } from '../../analysis';
import { CitationList } from './CitationList';
import { LinkList } from './LinkList';

export function FactorDetail({ factor, index, onMove }: { factor: Factor; index: DatasetIndex; onMove(id: string): void }) {
  const actedOnBy = index.actedOnBy.get(factor.id) ?? [];
  return (
    <>
      <p className="detail-kind">
        Factor · {index.domain.get(factor.domain)?.label ?? factor.domain} · {index.stage.get(factor.stage)?.label ?? factor.stage}
      </p>
      <p className="detail-description">{factor.description}</p>
      <LinkList title="Leads to" links={index.linksFrom.get(factor.id) ?? []} direction="out" index={index} onMove={onMove} />
      <LinkList title="Comes from" links={index.linksTo.get(factor.id) ?? []} direction="in" index={index} onMove={onMove} />
      {actedOnBy.length > 0 && (
        <section className="detail-section">
          <h3>Interventions acting on it ({actedOnBy.length})</h3>
          <ul className="link-list">
            {actedOnBy.map(({ intervention, effect }) => (
              <li key={intervention.id}>
                <button type="button" className="link-button" onClick={() => onMove(intervention.id)}>
                  {intervention.label}
                </button>
                <span> {effect} it </span>
                <span className={`evidence evidence--${intervention.evidence.strength}`}>
                  {EVIDENCE_SCALE[intervention.evidence.strength].label}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="detail-section">
        <h3>Sources</h3>
        <CitationList citations={factor.citations} index={index} />
      </section>
    </>
  );
}
