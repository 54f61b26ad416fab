import type { Dataset } from '../../model';
import type { Portfolio } from '../../analysis/grants/portfolio';
import { indexOf } from '../../store';
import { SelectButton } from '../common/SelectButton';
import { formatGrantAmount } from './grantFormats';

/**
 * The factors the confirmed money reaches, through the interventions it funds: each factor counts
 * the whole of every funded intervention acting on it (an intervention acts on all its targets), so
 * these do not add up to the money tagged. The same sums an overlay on the map would size nodes by.
 */
export function FactorsReached({ dataset, portfolio }: { dataset: Dataset; portfolio: Portfolio }) {
  const index = indexOf(dataset);
  const reached = [...portfolio.factorMoney.entries()].sort((a, b) => b[1] - a[1]);
  const missed = dataset.factors.length - reached.length;
  return (
    <section aria-labelledby="factors-reached">
      <h4 id="factors-reached">Factors your money reaches</h4>
      {reached.length === 0 ? (
        <p>No confirmed money reaches a factor yet: confirm some tags above.</p>
      ) : (
        <>
          <p className="muted">
            {reached.length} of {dataset.factors.length} factors, through the interventions funded; {missed} not reached. Each factor shows the money of every funded
            intervention acting on it, so the amounts overlap.
          </p>
          <ol className="factors-reached" aria-labelledby="factors-reached">
            {reached.map(([id, amount]) => (
              <li key={id}>
                <SelectButton id={id} label={index.factor.get(id)?.label ?? id} selectedId={null} />: {formatGrantAmount(amount, portfolio.currency)}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
