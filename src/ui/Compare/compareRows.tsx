import type { ReactNode } from 'react';
import type { ComparedIntervention, DatasetIndex } from '../../analysis';
import { plural, EVIDENCE_SCALE, SOURCE_KIND_LABELS } from '../../model';
import { SafeLink } from '../common/SafeLink';
import { SelectButton } from '../common/SelectButton';
import { signedShare } from '../common/signedShare';
import { EvidenceColumns } from '../DetailPanel/EvidenceColumns';
import { TargetEffect } from '../common/TargetEffect';
import { compareImpactRows } from './compareImpactRows';

export interface CompareRow {
  key: string;
  label: string;
  render(c: ComparedIntervention): ReactNode;
}

const none = (text: string) => <span className="muted">{text}</span>;
const FIRST_LOOPS = 3;

/** How many loops, the dataset's named ones first; the rest fold away so the columns stay comparable. */
function LoopsTouched({ loops }: { loops: ComparedIntervention['loops'] }) {
  if (loops.length === 0) return none('None');
  const ordered = [...loops].sort((a, b) => Number(b.named) - Number(a.named));
  const list = (items: typeof loops) => (
    <ul className="compare-list">
      {items.map((loop) => (
        <li key={loop.id}>{loop.name}</li>
      ))}
    </ul>
  );
  return (
    <>
      <strong>
        {plural(loops.length, 'loop')}
      </strong>
      {list(ordered.slice(0, FIRST_LOOPS))}
      {ordered.length > FIRST_LOOPS && (
        <details>
          <summary>{ordered.length - FIRST_LOOPS} more</summary>
          {list(ordered.slice(FIRST_LOOPS))}
        </details>
      )}
    </>
  );
}

/** The rows of the comparison, in the order a funder asks: what it is, how sure we are, which way and at what cost, what it reaches, what nobody knows. */
export function compareRows(index: DatasetIndex, outcomeLabel: string, weighted: boolean, fair: boolean, total: number): CompareRow[] {
  return [
    { key: 'type', label: 'Type', render: (c) => index.interventionType.get(c.intervention.type)?.label ?? c.intervention.type },
    { key: 'stages', label: 'Stages', render: (c) => c.intervention.stages.map((s) => index.stage.get(s)?.label ?? s).join(', ') },
    {
      key: 'evidence',
      label: 'Evidence',
      render: (c) => {
        const level = c.intervention.evidence.strength;
        return (
          <>
            <span className={`evidence evidence--${level}`}>{EVIDENCE_SCALE[level].label}</span>
            <p className="compare-plain">{EVIDENCE_SCALE[level].plainWords}</p>
            <p>{c.intervention.evidence.summary}</p>
          </>
        );
      },
    },
    ...compareImpactRows(index),
    {
      key: 'sources',
      label: 'Kind of source behind it',
      render: (c) => (c.sourceKinds.length ? c.sourceKinds.map((k) => SOURCE_KIND_LABELS[k]).join('; ') : none('None cited')),
    },
    {
      key: 'research-and-people',
      label: 'What the research found, and what people said',
      render: (c) => <EvidenceColumns intervention={c.intervention} index={index} />,
    },
    {
      key: 'factors',
      label: 'Factors it acts on',
      render: (c) => (
        <ul className="compare-list">
          {c.intervention.targets.map((t) => (
            <li key={t.factor}>
              <TargetEffect intervention={c.intervention} effect={t.effect} />
              <SelectButton id={t.factor} label={index.factor.get(t.factor)?.label ?? t.factor} selectedId={null} />
            </li>
          ))}
        </ul>
      ),
    },
    {
      key: 'loops',
      label: fair ? 'Feedback loops touched (through its causes)' : 'Feedback loops touched',
      render: (c) => <LoopsTouched loops={c.loops} />,
    },
    {
      key: 'leverage',
      label: fair ? 'Leverage (fair ranking)' : 'Leverage',
      render: (c) => (
        <>
          <strong>Score {c.leverage.score.toFixed(2)}</strong>, rank {c.rank} of {total}
          <p className="compare-terms">
            {c.leverage.factors} factors + {c.leverage.loops} loops + centrality {c.leverage.centrality.toFixed(2)} → reach {c.leverage.reach.toFixed(2)} ×
            weight {c.leverage.weight}
          </p>
          {c.leverage.actsOnOutcome && <span className="badge badge--outcome">Acts on {outcomeLabel}</span>}
        </>
      ),
    },
    {
      key: 'what-if',
      label: `What-if on ${outcomeLabel}, funded alone`,
      render: (c) => (
        <>
          {signedShare(c.outcomeShare)}
          <p className="compare-terms">{weighted ? 'weighted by evidence' : 'structure only, evidence not weighed'}</p>
        </>
      ),
    },
    {
      key: 'examples',
      label: 'Examples',
      render: (c) =>
        c.intervention.examples?.length ? (
          <ul className="compare-list link-list">
            {c.intervention.examples.map((e, i) => (
              <li key={`${e.organisation}-${i}`}>{e.url ? <SafeLink href={e.url}>{e.organisation}</SafeLink> : e.organisation}</li>
            ))}
          </ul>
        ) : (
          none('None named')
        ),
    },
    {
      key: 'gaps',
      label: 'Named evidence gaps about its factors',
      render: (c) =>
        c.gaps.length === 0 ? (
          none('None named')
        ) : (
          <ul className="compare-list">
            {c.gaps.map((gap) => (
              <li key={gap.id}>
                <SelectButton id={gap.id} label={gap.question} selectedId={null} />
              </li>
            ))}
          </ul>
        ),
    },
  ];
}
