import type { Link } from '../../model';
import type { DatasetIndex } from '../../analysis';
import { CitationList } from './CitationList';
import { polarityWords } from './polarityWords';

interface LinkListProps {
  title: string;
  links: readonly Link[];
  /** Which end to move to when a person follows the link. */
  direction: 'out' | 'in';
  index: DatasetIndex;
  onMove(id: string): void;
}

export function LinkList({ title, links, direction, index, onMove }: LinkListProps) {
  if (links.length === 0) return null;
  const label = (id: string) => index.factor.get(id)?.label ?? id;
  return (
    <section className="detail-section">
      <h3>
        {title} ({links.length})
      </h3>
      <ul className="link-list">
        {links.map((link) => {
          const other = direction === 'out' ? link.to : link.from;
          return (
            <li key={link.id}>
              <button type="button" className="link-button" onClick={() => onMove(other)}>
                <span aria-hidden="true">{direction === 'out' ? '→ ' : '← '}</span>
                {label(other)}
              </button>
              <span className={`polarity polarity--${link.polarity === '+' ? 'same' : 'opposite'}`}>
                {link.polarity === '+' ? ' (+)' : ' (−)'}
              </span>
              {link.basis === 'inferred' && <span className="badge badge--inferred">Inferred by the map’s authors</span>}
              <p className="link-words">{polarityWords(label(link.from), label(link.to), link.polarity)}</p>
              <details>
                <summary>Why</summary>
                <p>{link.description}</p>
                <CitationList citations={link.citations} index={index} />
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
