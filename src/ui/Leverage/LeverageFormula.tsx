import { CENTRALITY_WEIGHT, type LeverageWeighting } from '../../model';
import { EvidenceWeightsTable } from '../common/EvidenceWeightsTable';
import { impactWeights } from './WeighBySwitch';

/** The leverage score written out, in words and symbols, with the evidence weights it uses (all read from src/model). */
export function LeverageFormula({ fair, outcomeLabel, weighting = 'evidence' }: { fair: boolean; outcomeLabel: string; weighting?: LeverageWeighting }) {
  return (
    <section className="leverage-formula" aria-labelledby="leverage-formula-heading">
      <h3 id="leverage-formula-heading">How the score is worked out</h3>
      <p>
        <strong>Reach</strong> is the number of factors an intervention acts on, plus the number of feedback loops those factors sit in, plus{' '}
        {CENTRALITY_WEIGHT} times the sum of their betweenness centrality (the share, from 0 to 1, of the shortest causal routes between other
        factors that pass through each one).
        {fair && (
          <>
            {' '}
            Fair ranking is on: loops and centrality count only through the causes an intervention acts on, not through “{outcomeLabel}” itself,
            which every loop back to it passes through.
          </>
        )}
      </p>
      <p>
        <code className="leverage-equation">
          {fair
            ? `reach = factors + loops through causes + ${CENTRALITY_WEIGHT} × Σ centrality of causes`
            : `reach = factors + loops + ${CENTRALITY_WEIGHT} × Σ centrality`}
        </code>
      </p>
      {fair && <p className="muted">Causes: the factors it acts on other than “{outcomeLabel}”.</p>}
      <p>
        <strong>Score</strong> is the reach multiplied by the weight of the intervention’s evidence, so the same reach counts for less when we
        can be less sure the intervention works.
      </p>
      <p>
        <code className="leverage-equation">{weighting === 'evidence' ? 'score = reach × evidence weight' : 'score = reach × evidence weight × impact weight'}</code>
      </p>
      {weighting === 'evidence-and-impact' && (
        <p>
          Weighed by impact as well, the evidence weight is multiplied by the impact weight ({impactWeights}), so
          a large, well-evidenced effect counts most. An intervention the research finds harmful scores below zero and one with no clear effect scores
          zero, whichever weighting is chosen.
        </p>
      )}
      <EvidenceWeightsTable />
    </section>
  );
}
