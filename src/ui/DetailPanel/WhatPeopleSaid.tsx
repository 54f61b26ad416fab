import type { Citation } from '../../model';
import type { DatasetIndex } from '../../analysis';
import { CitationList } from './CitationList';

/** "What people with lived experience and practitioners said": the exact quotes, kept beside the research. */
export function WhatPeopleSaid({ citations, index, headingId }: { citations: readonly Citation[]; index: DatasetIndex; headingId: string }) {
  return (
    <section className="evidence-column evidence-column--people" aria-labelledby={headingId}>
      <h4 id={headingId}>What people with lived experience and practitioners said</h4>
      {citations.length > 0 ? (
        <CitationList citations={citations} index={index} />
      ) : (
        <p className="evidence-none">No lived-experience or practitioner view is quoted for this intervention.</p>
      )}
    </section>
  );
}
