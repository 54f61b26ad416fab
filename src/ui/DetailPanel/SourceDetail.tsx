import { SOURCE_KIND_LABELS, STUDY_DESIGN_LABELS, type Dataset, type Source } from '../../model';
import { SafeLink } from '../common/SafeLink';

/** A source chosen from search: what it is, what to weigh, and everything on the map that cites it. */
export function SourceDetail({ source, dataset, onMove }: { source: Source; dataset: Dataset; onMove(id: string): void }) {
  const cites = (citations: ReadonlyArray<{ source: string }>) => citations.some((c) => c.source === source.id);
  const citing = [
    ...dataset.factors.filter((f) => cites(f.citations)).map((f) => ({ id: f.id, label: f.label, kind: 'Factor' })),
    ...dataset.interventions.filter((i) => cites(i.evidence.citations)).map((i) => ({ id: i.id, label: i.label, kind: 'Intervention' })),
    ...dataset.gaps.filter((g) => cites(g.citations)).map((g) => ({ id: g.id, label: g.question, kind: 'Evidence gap' })),
  ];
  const linkCount = dataset.links.filter((l) => cites(l.citations)).length;
  const facts = [source.author, source.publisher, source.date].filter(Boolean).join(', ');
  return (
    <>
      <p className="detail-kind">
        Source · {SOURCE_KIND_LABELS[source.kind]}
        {source.study && <> · {STUDY_DESIGN_LABELS[source.study]}</>}
      </p>
      {facts && <p>{facts}</p>}
      {source.external && (
        <p className="muted">Not stored here: cited by summaries in our own words{source.read ? `, read on ${source.read}` : ''}{source.licence ? `; licence: ${source.licence}` : ''}.</p>
      )}
      {source.url && <SafeLink href={source.url}>Read the source</SafeLink>}
      {source.readAt && (
        <>
          {' · '}
          <SafeLink href={source.readAt}>The copy we read</SafeLink>
        </>
      )}
      <p className="citation-caveat">Weigh this: {source.caveat}</p>
      <section className="detail-section">
        <h3>Cited by ({citing.length})</h3>
        {linkCount > 0 && <p className="muted">…and {linkCount} links.</p>}
        <ul className="link-list">
          {citing.map((item) => (
            <li key={item.id}>
              <button type="button" className="link-button" onClick={() => onMove(item.id)}>
                {item.label}
              </button>{' '}
              <span className="muted">{item.kind}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
