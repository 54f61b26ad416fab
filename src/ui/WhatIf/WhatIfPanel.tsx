import { EVIDENCE_SCALE, type Dataset } from '../../model';
import { effectsOf, interventionsByLabelOf, pushTableOf, useViewStore, type ViewStore } from '../../store';
import { WeightingSwitch } from './WeightingSwitch';
import { WhatIfMethod } from './WhatIfMethod';
import { WhatIfResult } from './WhatIfResult';
import { CautionBadge, cautionWords } from '../common/CautionBadge';
import { WhatIfSizes } from './WhatIfSizes';

const selectFund = (s: ViewStore) => s.fund;
const selectWeighting = (s: ViewStore) => s.weighting;

/** "What if we fund…": an illustration of the map's logic, weighted by evidence, never a forecast. */
export function WhatIfPanel({ dataset }: { dataset: Dataset }) {
  const fund = useViewStore(selectFund);
  const weighting = useViewStore(selectWeighting);
  const { toggleFund, clearFund } = useViewStore.getState();
  const interventions = interventionsByLabelOf(dataset);
  return (
    <section className="analysis-panel" aria-labelledby="what-if-title">
      <h2 id="what-if-title">What if we fund…</h2>
      <p className="muted">An illustration of the map’s logic, not a forecast: how it is worked out is at the end of this panel.</p>
      <WeightingSwitch weighting={weighting} />
      <fieldset className="fund-list">
        <legend>Interventions to fund</legend>
        {interventions.map((i) => (
          <label key={i.id}>
            {/* Named in a sentence ("…, evidence: Weak"), not the label's run-on words ("… Weak"). */}
            <input type="checkbox" checked={fund.includes(i.id)} onChange={() => toggleFund(i.id)} aria-label={`${i.label}, evidence: ${EVIDENCE_SCALE[i.evidence.strength].label}${cautionWords(i)}`} /> {i.label}{' '}
            <span className={`evidence evidence--${i.evidence.strength}`}>{EVIDENCE_SCALE[i.evidence.strength].label}</span>
            <CautionBadge intervention={i} />
          </label>
        ))}
      </fieldset>
      {fund.length > 0 && (
        <>
          <WhatIfResult dataset={dataset} table={pushTableOf(dataset, weighting)} fund={fund} effects={effectsOf(dataset, fund, weighting)} />
          <WhatIfSizes dataset={dataset} fund={fund} />
          <button type="button" onClick={clearFund}>
            Fund nothing
          </button>
        </>
      )}
      <WhatIfMethod weighting={weighting} />
    </section>
  );
}
