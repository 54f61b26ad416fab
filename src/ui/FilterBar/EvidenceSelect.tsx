import { EVIDENCE_LEVELS, EVIDENCE_SCALE, evidenceRank, type EvidenceLevel, type Intervention } from '../../model';
import type { ReachIndex, ViewFilter } from '../../analysis';
import { eligibleFor } from './facetCounts';

interface EvidenceSelectProps {
  interventions: readonly Intervention[];
  reach: ReachIndex;
  filter: ViewFilter;
  onChange(level: EvidenceLevel | null): void;
}

/** The minimum evidence strength, on the one ordinal scale, in plain words ("limited or stronger"). */
export function EvidenceSelect({ interventions, reach, filter, onChange }: EvidenceSelectProps) {
  const eligible = eligibleFor(interventions, reach, filter, 'minEvidence');
  const atLeast = (level: EvidenceLevel) => eligible.filter((i) => evidenceRank(i.evidence.strength) >= evidenceRank(level)).length;
  return (
    <label className="filter-select">
      {/* Named for screen readers; seen, the options say "evidence" themselves, which keeps the bar on one row. */}
      <span className="visually-hidden">Evidence</span>
      <select
        value={filter.minEvidence ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as EvidenceLevel))}
      >
        <option value="">Any evidence ({eligible.length})</option>
        {EVIDENCE_LEVELS.slice(1).map((level) => (
          <option key={level} value={level}>
            {level === 'strong' ? 'Strong only' : `${EVIDENCE_SCALE[level].label} or stronger`} ({atLeast(level)})
          </option>
        ))}
      </select>
    </label>
  );
}
