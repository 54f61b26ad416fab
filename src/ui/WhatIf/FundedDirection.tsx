import { impactOf, outcomeVerdict } from '../../analysis';
import { outcomeWeight, type Intervention } from '../../model';

/**
 * Which way a funded intervention pushes, by the one weights table (leverageWeights.ts): a harm
 * pushes the outcome the wrong way and says so; no clear effect adds nothing and says so, rather
 * than a weight beside "no effect". The working is shown so the number can be checked.
 */
export function FundedDirection({ intervention, outcomeLabel, weighted }: { intervention: Intervention; outcomeLabel: string; weighted: boolean }) {
  const verdict = outcomeVerdict(intervention);
  const { weight, working } = outcomeWeight(intervention.evidence.strength, verdict, impactOf(intervention).level);
  if (verdict === 'harmful') {
    return (
      <p className="what-if-direction what-if-direction--harmful">
        <span aria-hidden="true">✕ </span>
        {intervention.label} pushes {outcomeLabel.toLowerCase()} up: evidence of harm.
        {weighted && <span className="muted"> Weight {String(weight).replace('-', '−')} ({working}).</span>}
      </p>
    );
  }
  if (verdict === 'no-clear-effect') {
    return (
      <p className="what-if-direction what-if-direction--none">
        <span aria-hidden="true">– </span>
        {intervention.label} adds nothing: evidence of no clear effect on {outcomeLabel.toLowerCase()}.
        {weighted && <span className="muted"> Weight 0 ({working}).</span>}
      </p>
    );
  }
  return weighted ? <span className="muted"> weight {weight}</span> : null;
}
