import { largestEffects, shareOn, type PushTable } from '../../analysis';
import { EVIDENCE_SCALE, strongestLevel, type Dataset } from '../../model';
import { indexOf } from '../../store';
import { signedShare } from '../common/signedShare';
import { FundedDirection } from './FundedDirection';

interface WhatIfResultProps {
  dataset: Dataset;
  table: PushTable;
  fund: readonly string[];
  effects: ReadonlyMap<string, number>;
}

/** The outcome first, with its unit named and each funded intervention's part; then the largest effects. */
export function WhatIfResult({ dataset, table, fund, effects }: WhatIfResultProps) {
  const index = indexOf(dataset);
  const outcomeId = dataset.meta.outcome;
  const outcomeLabel = index.factor.get(outcomeId)?.label ?? outcomeId;
  const unit = table.largest.get(outcomeId);
  const unitLabel = unit ? (index.intervention.get(unit.intervention)?.label ?? unit.intervention) : null;
  const funded = dataset.interventions.filter((i) => fund.includes(i.id));
  const best = strongestLevel(funded.map((i) => i.evidence.strength));
  return (
    <>
      <h3>Effects on the map</h3>
      <p className="what-if-outcome">
        {outcomeLabel}: {signedShare(effects.get(outcomeId) ?? 0)}
      </p>
      {unitLabel && (
        <p className="muted what-if-unit">
          1.00 = the largest push any single intervention gives “{outcomeLabel}” ({unitLabel}
          {table.weighting === 'evidence' ? ', weighted by its evidence' : ''}).
        </p>
      )}
      {best && (
        <p className="what-if-best">
          How sure: the strongest evidence among these is “{EVIDENCE_SCALE[best].label}”: {EVIDENCE_SCALE[best].plainWords} A fall on this map is
          its logic, not a measured drop.
        </p>
      )}
      <h4 className="what-if-parts-heading">Each funded intervention’s part (they add up)</h4>
      <ul className="what-if-parts">
        {funded.map((i) => {
          const level = EVIDENCE_SCALE[i.evidence.strength];
          return (
            <li key={i.id}>
              <strong>{i.label}</strong>: {signedShare(shareOn(table, [i.id], outcomeId))}{' '}
              <span className={`evidence evidence--${i.evidence.strength}`}>{level.label}</span>
              <FundedDirection intervention={i} outcomeLabel={outcomeLabel} weighted={table.weighting === 'evidence'} />
              <p className="what-if-evidence-summary">{i.evidence.summary}</p>
            </li>
          );
        })}
      </ul>
      <ol className="effect-list" aria-label="Largest effects">
        {largestEffects(effects).map(({ factor, value }) => (
          <li key={factor} className={value > 0 ? 'is-rising' : 'is-falling'}>
            <span aria-hidden="true">{value > 0 ? '▲ ' : '▼ '}</span>
            {index.factor.get(factor)?.label ?? factor}: {signedShare(value)}
          </li>
        ))}
      </ol>
    </>
  );
}
