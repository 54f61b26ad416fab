import { UNKNOWN_COST_ORDER as UNKNOWN, costOf, costSortValue, formatMoney, impactOf, intendedOnly, sourceTitles, type DatasetIndex } from '../../analysis';
// Straight from its module, not the index: only these views use it, so the first load need not carry it.
import { costPerPersonKept } from '../../analysis/costPerPersonKept';
import { EFFECT_DIRECTION_LABELS, impactRank, type EffectDirection, type Intervention } from '../../model';
import { ImpactBadge } from '../common/ImpactBadge';
import type { Column } from './SortableTable';

/** Harm first, benefit last: the order a funder reads "which way" in. */
const DIRECTION_ORDER: readonly EffectDirection[] = ['increases', 'no-clear-effect', 'mixed', 'not-measured', 'reduces'];
const notKnown = <span className="muted">Not known</span>;

/**
 * The intervention table's impact, direction, cost and cost-per-person-kept columns (issue 22).
 * Impact sorts by the impact scale's rank (harm, no clear effect, small, moderate, large; not known
 * before them all), so a descending sort puts the largest effects first and the unrated last.
 */
export function impactColumns(index: DatasetIndex): Array<Column<Intervention>> {
  const title = sourceTitles(index);
  return [
    {
      key: 'impact',
      header: 'Impact',
      sortValue: (i) => impactRank(impactOf(i).level),
      render: (i) => <ImpactBadge level={impactOf(i).level} />,
    },
    {
      key: 'direction',
      header: 'Direction',
      sortValue: (i) => (i.evidence.direction ? DIRECTION_ORDER.indexOf(i.evidence.direction) : -1),
      render: (i) => (i.evidence.direction ? EFFECT_DIRECTION_LABELS[i.evidence.direction] : <span className="muted">Not recorded</span>),
    },
    {
      key: 'cost',
      header: 'Cost per participant',
      sortValue: costSortValue,
      render: (i) => (i.cost ? costOf(i).text : notKnown),
    },
    {
      key: 'kept',
      header: 'Cost per person kept from reoffending (estimate)',
      sortValue: (i) => {
        const kept = costPerPersonKept(i, title);
        return kept && kept.currency === 'GBP' ? kept.central : UNKNOWN;
      },
      render: (i) => {
        const kept = costPerPersonKept(i, title);
        if (kept) return `about ${formatMoney(kept.central, kept.currency)}`;
        return intendedOnly(i) ? <span className="muted">None: no fewer reoffend</span> : notKnown;
      },
    },
  ];
}
