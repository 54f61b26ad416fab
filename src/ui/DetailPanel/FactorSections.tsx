import type { ReactNode } from 'react';
import type { DatasetIndex } from '../../analysis';
import type { Citation } from '../../model';
import { CitationList } from './CitationList';
import { factorLabel } from '../common/factorLabel';


/**
 * The factors a gap or a link concerns, each a button that opens it: a gap's "Concerns", a link's
 * "Its two ends" (each end named before it: "From", "To").
 */
export function FactorSection({ heading, factors, index, onMove }: { heading: string; factors: ReadonlyArray<{ id: string; before?: string }>; index: DatasetIndex; onMove(id: string): void }) {
  return (
    <section className="detail-section">
      <h3>{heading}</h3>
      <ul className="link-list">
        {factors.map(({ id, before }) => (
          <li key={before ?? id}>
            {before !== undefined && `${before} `}
            <button type="button" className="link-button" onClick={() => onMove(id)}>
              {factorLabel(index, id)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The sources a gap or a link cites, after any words on what kinds of evidence they are. */
export function SourcesSection({ citations, index, children }: { citations: readonly Citation[]; index: DatasetIndex; children?: ReactNode }) {
  return (
    <section className="detail-section">
      <h3>Sources</h3>
      {children}
      <CitationList citations={citations} index={index} />
    </section>
  );
}
