import { plural, EVIDENCE_SCALE, IMPACT_SCALE } from '../../model';
import { LITTLE_SHARE, leverageNotFunded, moneyWhereNoEffect, type Portfolio } from '../../analysis/grants/portfolio';
import { formatGrantAmount } from './grantFormats';

/**
 * The two lists a programme officer acts on: high-leverage interventions their money misses, and
 * money on interventions the research finds harmful or without clear effect.
 */
export function PortfolioFindings({ portfolio }: { portfolio: Portfolio }) {
  const missed = leverageNotFunded(portfolio);
  const doubtful = moneyWhereNoEffect(portfolio);
  return (
    <div className="portfolio-findings">
      <section aria-labelledby="leverage-not-funded">
        <h4 id="leverage-not-funded">Leverage not funded</h4>
        <p className="muted">The highest-leverage interventions with none of this money or under {Math.round(LITTLE_SHARE * 100)}% of it (harmful and no-clear-effect ones are never listed).</p>
        <ol aria-labelledby="leverage-not-funded">
          {missed.map((r) => (
            <li key={r.id}>
              {r.label}: leverage {r.leverage?.score.toFixed(2)}, evidence {r.leverage ? EVIDENCE_SCALE[r.leverage.evidence].label.toLowerCase() : 'not rated'},{' '}
              {r.amount > 0 ? `${formatGrantAmount(r.amount, portfolio.currency)} tagged` : 'no money tagged'}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="money-no-effect">
        <h4 id="money-no-effect">Money where the evidence says no effect or harm</h4>
        {doubtful.length === 0 ? (
          <p>None of the money tagged goes to an intervention the research finds harmful or without clear effect.</p>
        ) : (
          <ul aria-labelledby="money-no-effect">
            {doubtful.map((r) => (
              <li key={r.id}>
                {r.label}: {formatGrantAmount(r.amount, portfolio.currency)} over {plural(r.grants, 'grant')}; impact{' '}
                {r.leverage ? IMPACT_SCALE[r.leverage.impact].label.toLowerCase() : 'not known'}. Worth looking at again.
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
