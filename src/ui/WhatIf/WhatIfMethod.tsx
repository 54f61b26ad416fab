import { WHAT_IF, type WhatIfWeighting } from '../../analysis';
import { EvidenceWeightsTable } from '../common/EvidenceWeightsTable';

/** How the what-if works, its constants and what it leaves out: stated where the numbers are. */
export function WhatIfMethod({ weighting }: { weighting: WhatIfWeighting }) {
  return (
    <div className="caveat what-if-method" role="note" aria-labelledby="what-if-method-heading">
      <h3 id="what-if-method-heading">How this is worked out</h3>
      <p>
        An illustration of the map’s logic, not a forecast.{' '}
        {weighting === 'evidence'
          ? 'Each factor a funded intervention acts on gets a push of +w or −w, where w is the weight of that intervention’s evidence (table below), so a push we can be less sure of counts for less.'
          : 'Each factor a funded intervention acts on gets a push of +1 or −1, whatever its evidence: this shows the map’s structure alone.'}{' '}
        Each step a factor shares its push among its outgoing links (a “−” link flips its sign) and the shares halve (×{WHAT_IF.DECAY}), for at most{' '}
        {WHAT_IF.STEPS} steps. The pushes that reach a factor are added up, with nothing squashed.
      </p>
      <p>
        <strong>The scale:</strong> each number is that sum as a share of the largest push any single intervention on this map gives the same
        factor, weighted the same way. 1.00 is as much as the strongest single intervention; funding two adds their numbers, so a total can pass
        1.00.
      </p>
      <p>
        It ignores how large an effect is (an evidence weight says how sure we can be, not how much), how many people are reached, timing, cost
        and everything the map leaves out.
      </p>
      {weighting === 'evidence' && <EvidenceWeightsTable caption="Evidence weights used for each push" />}
    </div>
  );
}
