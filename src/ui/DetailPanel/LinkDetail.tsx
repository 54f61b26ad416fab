import type { Link } from '../../model';
import type { DatasetIndex } from '../../analysis';
import { CitationList } from './CitationList';
import { LinkEvidence } from './LinkEvidence';
import { polarityWords } from './polarityWords';

/** A causal link opened from the map (its arrow clicked): what it says, on what basis, and its sources. */
export function LinkDetail({ link, index, onMove }: { link: Link; index: DatasetIndex; onMove(id: string): void }) {
  const label = (id: string) => index.factor.get(id)?.label ?? id;
  return (
    <>
      <p className="detail-kind">
        Link · {link.polarity === '+' ? 'more means more (+)' : 'more means less (−)'}
        {link.basis === 'inferred' && <span className="badge badge--inferred">Inferred by the map’s authors</span>}
      </p>
      <p className="link-words">{polarityWords(label(link.from), label(link.to), link.polarity)}</p>
      <p className="detail-description">{link.description}</p>
      <section className="detail-section">
        <h3>Its two ends</h3>
        <ul className="link-list">
          {(
            [
              ['From', link.from],
              ['To', link.to],
            ] as const
          ).map(([end, id]) => (
            <li key={end}>
              {end}{' '}
              <button type="button" className="link-button" onClick={() => onMove(id)}>
                {label(id)}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="detail-section">
        <h3>Sources</h3>
        <LinkEvidence link={link} index={index} />
        <CitationList citations={link.citations} index={index} />
      </section>
    </>
  );
}

/** The heading a link's panel shows: "Fear of recall → Problems kept from probation". */
export function linkTitle(link: Link, index: DatasetIndex): string {
  const label = (id: string) => index.factor.get(id)?.label ?? id;
  return `${label(link.from)} → ${label(link.to)}`;
}
