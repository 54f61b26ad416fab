import { costOf, formatMoney, impactOf, sourceTitles, type DatasetIndex } from '../../analysis';
// Straight from its module, not the index: only these views use it, so the first load need not carry it.
import { costPerPersonKept } from '../../analysis/costPerPersonKept';
import { ImpactBadge } from '../common/ImpactBadge';
import type { CompareRow } from './compareRows';
import { ratioFigure } from '../common/ratioFigure';

const none = (text: string) => <span className="muted">{text}</span>;

/**
 * Impact, cost and value for money side by side (issue 22): which way and how much, what it costs,
 * and what a pound buys, each with its working so a column can be checked against the details.
 */
export function compareImpactRows(index: DatasetIndex): CompareRow[] {
  const title = sourceTitles(index);
  return [
    {
      key: 'impact',
      label: 'Impact on reoffending',
      render: (c) => {
        const impact = impactOf(c.intervention);
        return (
          <>
            <ImpactBadge level={impact.level} />
            <p className="compare-plain">{impact.why}</p>
          </>
        );
      },
    },
    {
      key: 'cost',
      label: 'Cost per participant',
      render: (c) => {
        const reading = costOf(c.intervention);
        return reading.cost ? (
          <>
            {reading.text}
            <p className="compare-terms">{reading.cost.covers}</p>
          </>
        ) : (
          none('Not known')
        );
      },
    },
    {
      key: 'value',
      label: 'Value for money',
      render: (c) => {
        const ratios = c.intervention.valueForMoney ?? [];
        const kept = costPerPersonKept(c.intervention, title);
        if (ratios.length === 0 && !kept) return none('Not known');
        return (
          <ul className="compare-list">
            {ratios.map((ratio, i) => (
              <li key={i}>
                Benefit-cost ratio {ratioFigure(ratio.value)}
                {ratio.chanceBenefitsExceedCosts !== undefined && <>, {ratio.chanceBenefitsExceedCosts}% chance benefits exceed costs</>} (measured in {ratio.setting})
              </li>
            ))}
            {kept && (
              <li>
                Cost per person kept from reoffending, estimate: about {formatMoney(kept.central, kept.currency)}
                <p className="compare-terms">{kept.working}</p>
              </li>
            )}
          </ul>
        );
      },
    },
  ];
}
