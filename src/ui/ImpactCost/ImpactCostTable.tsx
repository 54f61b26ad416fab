import { costOf, impactOf, sourceTitles } from '../../analysis';
// Straight from its module, not the index: only these views use it, so the first load need not carry it.
import { costPerPersonKept } from '../../analysis/costPerPersonKept';
import { COST_BANDS, EVIDENCE_SCALE, IMPACT_SCALE, evidenceRank, impactRank, type Dataset, type Intervention } from '../../model';
import { indexOf } from '../../store';
import { SortableTable, type Column } from '../Table/SortableTable';
import { SelectButton } from '../common/SelectButton';
import { costPerPersonKeptWords, valueForMoneyWords } from './valueWords';

const costOrder = (i: Intervention) => {
  const band = costOf(i).band;
  return band ? COST_BANDS.indexOf(band) : COST_BANDS.length;
};

/**
 * The picture's non-visual twin: the same interventions, one row each, with the numbers behind
 * each mark and the working of every computed figure, so a funder can check it by hand.
 */
export function ImpactCostTable({ dataset, interventions, selectedId }: { dataset: Dataset; interventions: readonly Intervention[]; selectedId: string | null }) {
  const sources = indexOf(dataset).source;
  const title = sourceTitles({ source: sources });
  const columns: Array<Column<Intervention>> = [
    { key: 'label', header: 'Intervention', sortValue: (i) => i.label, render: (i) => <SelectButton id={i.id} label={i.label} selectedId={selectedId} /> },
    {
      key: 'impact',
      header: 'Impact',
      sortValue: (i) => impactRank(impactOf(i).level),
      render: (i) => {
        const impact = impactOf(i);
        return (
          <>
            <span className={`impact-word impact-word--${impact.level}`}>{IMPACT_SCALE[impact.level].label}</span>
            {impact.level === 'harmful' && <strong className="impact-harm-note"> pushes reoffending up</strong>}
            <span className="muted impact-why"> {impact.why}</span>
          </>
        );
      },
    },
    { key: 'cost', header: 'Cost per participant', sortValue: costOrder, render: (i) => costOf(i).text },
    {
      key: 'evidence',
      header: 'Evidence',
      sortValue: (i) => evidenceRank(i.evidence.strength),
      render: (i) => <span className={`evidence evidence--${i.evidence.strength}`}>{EVIDENCE_SCALE[i.evidence.strength].label}</span>,
    },
    {
      key: 'kept',
      header: 'Cost per person kept from reoffending (estimate)',
      sortValue: (i) => costPerPersonKept(i, title)?.central ?? Number.MAX_SAFE_INTEGER,
      render: (i) => {
        const kept = costPerPersonKept(i, title);
        if (!kept) return <span className="muted">Not known</span>;
        return (
          <>
            {costPerPersonKeptWords(kept)}
            <span className="muted impact-working"> Working: {kept.working}.</span>
          </>
        );
      },
    },
    {
      key: 'value',
      header: 'Benefit-cost ratio',
      // Not known sorts below every ratio, a negative one (harm) included; finite, so subtraction stays a number.
      sortValue: (i) => i.valueForMoney?.[0]?.value ?? -Number.MAX_VALUE,
      render: (i) =>
        i.valueForMoney?.length ? (
          <ul className="impact-values">
            {i.valueForMoney.map((entry) => (
              <li key={`${entry.citation.source}-${entry.value}`}>
                {valueForMoneyWords(entry)} <span className="muted">As reported: “{entry.reported}” ({sources.get(entry.citation.source)?.title ?? entry.citation.source}).</span>
              </li>
            ))}
          </ul>
        ) : (
          <span className="muted">None reported</span>
        ),
    },
  ];
  return <SortableTable caption="Impact and cost of the interventions shown" rows={interventions} columns={columns} rowKey={(i) => i.id} />;
}
