import { EVIDENCE_LEVELS, EVIDENCE_SCALE, strongestLevel, type Dataset, type LeverageWeighting } from '../../model';

const STRONGEST_LEVEL = EVIDENCE_LEVELS[EVIDENCE_LEVELS.length - 1];

/** What the leverage score is and what it is not, read before the ranking. */
export function LeverageCaveat({ dataset, weighting = 'evidence' }: { dataset: Dataset; weighting?: LeverageWeighting }) {
  const strongest = strongestLevel(dataset.interventions.map((i) => i.evidence.strength));
  return (
    <div className="leverage-caveat" role="note" aria-labelledby="leverage-caveat-heading">
      <h3 id="leverage-caveat-heading">What this score is, and what it is not</h3>
      <p>
        It counts the map’s structure (how many factors an intervention acts on, how many feedback loops they sit in and how central they are)
        and weighs that by the strength of the evidence. It is not a measure of impact or cost-effectiveness: it says nothing about how large
        an effect is, how many people it reaches or what it costs.
        {weighting === 'evidence-and-impact' && (
          <> Weighed by impact as well, it also counts the size of the effect on reoffending in bands, but still not how many people are reached or the cost.</>
        )}
      </p>
      <p>
        A high reach with testimony-only evidence is an idea to test, not a proven lever. An intervention that acts on the outcome itself sits
        in every loop through it, so it reaches far by construction; fair ranking (on unless you turn it off) leaves that reach out, and such
        interventions stay flagged either way. The score inherits every gap in the
        map: a factor or link the sources do not mention counts for nothing.
        {strongest !== null && strongest !== STRONGEST_LEVEL ? (
          <> With these sources, nothing rates above “{EVIDENCE_SCALE[strongest].label}”.</>
        ) : null}
      </p>
    </div>
  );
}
