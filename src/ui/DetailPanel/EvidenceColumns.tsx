import { useId } from 'react';
import type { Intervention } from '../../model';
import type { DatasetIndex } from '../../analysis';
import { splitCitations } from './evidenceSplit';
import { ResearchFindings } from './ResearchFindings';
import { WhatPeopleSaid } from './WhatPeopleSaid';

/**
 * The research and what people said, side by side, so neither stands in for the other. Reusable
 * wherever an intervention's evidence is shown (the detail panel, a comparison).
 */
export function EvidenceColumns({ intervention, index }: { intervention: Intervention; index: DatasetIndex }) {
  const id = useId();
  const { research, people } = splitCitations(intervention.evidence.citations, (sourceId) => index.source.get(sourceId));
  return (
    <div className="evidence-columns">
      <ResearchFindings intervention={intervention} citations={research} index={index} headingId={`${id}-research`} />
      <WhatPeopleSaid citations={people} index={index} headingId={`${id}-people`} />
    </div>
  );
}
