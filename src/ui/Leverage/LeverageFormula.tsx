import { CENTRALITY_WEIGHT, EVIDENCE_LEVELS, EVIDENCE_SCALE } from '../../model';

/** The leverage score written out, in words and symbols, with the evidence weights it uses (all read from src/model). */
export function LeverageFormula() {
  return (
    <section className="leverage-formula" aria-labelledby="leverage-formula-heading">
      <h3 id="leverage-formula-heading">How the score is worked out</h3>
      <p>
        <strong>Reach</strong> is the number of factors an intervention acts on, plus the number of feedback loops those factors sit in, plus{' '}
        {CENTRALITY_WEIGHT} times the sum of their betweenness centrality (the share, from 0 to 1, of the shortest causal routes between other
        factors that pass through each one).
      </p>
      <p>
        <code className="leverage-equation">
          reach = factors + loops + {CENTRALITY_WEIGHT} × Σ centrality
        </code>
      </p>
      <p>
        <strong>Score</strong> is the reach multiplied by the weight of the intervention’s evidence, so the same reach counts for less when we
        can be less sure the intervention works.
      </p>
      <p>
        <code className="leverage-equation">score = reach × evidence weight</code>
      </p>
      <table className="data-table leverage-weights">
        <caption>Evidence weights</caption>
        <thead>
          <tr>
            <th scope="col">Evidence</th>
            <th scope="col">Weight</th>
          </tr>
        </thead>
        <tbody>
          {[...EVIDENCE_LEVELS].reverse().map((level) => (
            <tr key={level}>
              <th scope="row">
                <span className={`evidence evidence--${level}`}>{EVIDENCE_SCALE[level].label}</span>
              </th>
              <td>{EVIDENCE_SCALE[level].weight}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
