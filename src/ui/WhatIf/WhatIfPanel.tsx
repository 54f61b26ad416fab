import { WHAT_IF, largestEffects } from '../../analysis';
import { EVIDENCE_SCALE, type Dataset } from '../../model';
import { impactOf, indexOf, useViewStore, type ViewStore } from '../../store';

const selectFund = (s: ViewStore) => s.fund;

/** The direction and the number, never a size in words: this is the map's logic, not a measured effect. */
function effectWords(value: number): string {
  return `${value > 0 ? 'rises' : 'falls'} (${value > 0 ? '+' : '−'}${Math.abs(value).toFixed(2)})`;
}

/** "What if we fund…": an illustration of the map's logic, never a forecast. */
export function WhatIfPanel({ dataset }: { dataset: Dataset }) {
  const fund = useViewStore(selectFund);
  const { toggleFund, clearFund } = useViewStore.getState();
  const index = indexOf(dataset);
  const effects = impactOf(dataset, fund);
  const largest = largestEffects(effects);
  const outcome = effects.get(dataset.meta.outcome) ?? 0;
  const outcomeLabel = index.factor.get(dataset.meta.outcome)?.label ?? dataset.meta.outcome;
  const interventions = [...dataset.interventions].sort((a, b) => a.label.localeCompare(b.label));
  return (
    <section className="analysis-panel" aria-labelledby="what-if-title">
      <h2 id="what-if-title">What if we fund…</h2>
      <p className="caveat" role="note">
        An illustration of the map’s logic, not a forecast. Each factor an intervention acts on gets a push of +1 or −1; each step a
        factor shares its push among its outgoing links (a “−” link flips its sign), and the shares halve (×{WHAT_IF.DECAY}), for at
        most {WHAT_IF.STEPS} steps; the pushes that reach a factor are added up and squashed into −1…+1. The numbers compare
        directions on this map only: they ignore how strong the evidence is, timing, cost and everything the map leaves out.
      </p>
      <fieldset className="fund-list">
        <legend>Interventions to fund</legend>
        {interventions.map((i) => (
          <label key={i.id}>
            <input type="checkbox" checked={fund.includes(i.id)} onChange={() => toggleFund(i.id)} /> {i.label}{' '}
            <span className={`evidence evidence--${i.evidence.strength}`}>{EVIDENCE_SCALE[i.evidence.strength].label}</span>
          </label>
        ))}
      </fieldset>
      {fund.length > 0 && (
        <>
          <h3>Effects on the map</h3>
          <p className="muted">
            Funded:{' '}
            {interventions
              .filter((i) => fund.includes(i.id))
              .map((i) => `${i.label} (evidence: ${EVIDENCE_SCALE[i.evidence.strength].label.toLowerCase()})`)
              .join('; ')}
            .
          </p>
          <p className="what-if-outcome">
            {outcomeLabel}: {Math.abs(outcome) < 0.01 ? 'no effect through the map’s links' : effectWords(outcome)}
          </p>
          <ol className="effect-list" aria-label="Largest effects">
            {largest.map(({ factor, value }) => (
              <li key={factor} className={value > 0 ? 'is-rising' : 'is-falling'}>
                <span aria-hidden="true">{value > 0 ? '▲ ' : '▼ '}</span>
                {index.factor.get(factor)?.label ?? factor}: {effectWords(value)}
              </li>
            ))}
          </ol>
          <button type="button" onClick={clearFund}>
            Fund nothing
          </button>
        </>
      )}
    </section>
  );
}
