import { IMPACT_CUTOFFS, type Citation, type Estimate, type ImpactLevel, type Intervention } from '../model';
import { toRelativeChange, type RelativeChange } from './relativeChange';

/**
 * An intervention's impact rating by the one written rule (src/model/impactRule.ts), with what it
 * rests on, so every place that shows it can show its working.
 */
export interface ImpactFinding {
  citation: Citation & { estimate: Estimate };
  relative: RelativeChange | undefined;
}

export interface Impact {
  level: ImpactLevel;
  /** The finding the rating rests on (most studies, then most people, then first listed). */
  primary?: ImpactFinding;
  /** Every finding on reoffending with an estimate, the primary among them. */
  findings: ImpactFinding[];
  /** The spread of the findings that convert, on the common measure (lowest and highest). */
  spread?: { low: number; high: number };
  /** True where the level was capped at small because the conversion was approximate. */
  capped: boolean;
  /** One sentence: why this level. */
  why: string;
}

export function estimatedFindings(intervention: Intervention): ImpactFinding[] {
  return intervention.evidence.citations.flatMap((citation) =>
    citation.estimate && citation.outcome === 'reoffending'
      ? [{ citation: citation as ImpactFinding['citation'], relative: toRelativeChange(citation.estimate) }]
      : [],
  );
}

function weightOf(finding: ImpactFinding): [number, number] {
  return [finding.citation.estimate.studies ?? 1, finding.citation.estimate.sampleSize ?? 0];
}

function choosePrimary(findings: ImpactFinding[]): ImpactFinding | undefined {
  let best: ImpactFinding | undefined;
  for (const finding of findings) {
    if (!finding.relative) continue;
    if (!best) {
      best = finding;
      continue;
    }
    const [studies, people] = weightOf(finding);
    const [bestStudies, bestPeople] = weightOf(best);
    if (studies > bestStudies || (studies === bestStudies && people > bestPeople)) best = finding;
  }
  return best;
}

/** The level one relative change gives, before any cap. */
export function levelForChange(change: RelativeChange): ImpactLevel {
  const spansNoEffect = change.low !== undefined && change.high !== undefined && change.low <= 0 && change.high >= 0;
  if (spansNoEffect || Math.abs(change.value) < IMPACT_CUTOFFS.noClearEffect) return 'no-clear-effect';
  if (change.value > 0) return 'harmful';
  if (change.value <= -IMPACT_CUTOFFS.large) return 'large';
  if (change.value <= -IMPACT_CUTOFFS.moderate) return 'moderate';
  return 'small';
}

/**
 * Rated once per list of findings: the verdict, leverage, what-if and the map's caution mark each
 * ask on every paint. The rating reads only the evidence's citations and its recorded direction;
 * an edit makes a new list (the store never changes a dataset in place), and a direction set in
 * place is checked, so a kept rating is never stale. It goes when its list does.
 */
const rated = new WeakMap<Intervention['evidence']['citations'], { direction: Intervention['evidence']['direction']; impact: Impact }>();

export function impactOf(intervention: Intervention): Impact {
  const { citations, direction } = intervention.evidence;
  const kept = rated.get(citations);
  if (kept && kept.direction === direction) return kept.impact;
  const impact = rate(intervention);
  rated.set(citations, { direction, impact });
  return impact;
}

function rate(intervention: Intervention): Impact {
  const findings = estimatedFindings(intervention);
  const primary = choosePrimary(findings);
  let impact: Impact;
  const recorded = intervention.evidence.direction;
  if (!primary?.relative && (recorded === 'increases' || recorded === 'no-clear-effect')) {
    // No figure to size it, but the research's recorded direction must still show: harm or no
    // clear effect never reads as "not known", which a funder could take for "untested, so try it".
    impact = {
      level: recorded === 'increases' ? 'harmful' : 'no-clear-effect',
      findings,
      capped: false,
      why: `The research finds ${recorded === 'increases' ? 'more reoffending' : 'no clear effect on reoffending'}; no finding gives its size as a figure that converts.`,
    };
  } else if (!primary?.relative) {
    impact = {
      level: 'not-known',
      findings,
      capped: false,
      why: findings.length === 0 ? 'No finding gives its effect on reoffending as a figure.' : 'No finding\'s figure converts to the common measure (it needs the comparison group\'s rate).',
    };
  } else {
    const relative = primary.relative;
    const uncapped = levelForChange(relative);
    const capped = relative.approximate && (uncapped === 'moderate' || uncapped === 'large');
    const level = capped ? 'small' : uncapped;
    const values = findings.flatMap((f) => (f.relative ? [f.relative.value] : []));
    impact = {
      level,
      primary,
      findings,
      spread: values.length > 1 ? { low: Math.min(...values), high: Math.max(...values) } : undefined,
      capped,
      // The source is named where the why is shown (by title, beside "the rating rests on"), not by its id here.
      why: `${describeChange(relative)} on the finding with the most studies behind it (${relative.how})${capped ? '; capped at small because the conversion is approximate' : ''}.`,
    };
  }
  return impact;
}

/** "12% fewer reoffend (95% interval 4% to 19% fewer)". */
export function describeChange(change: RelativeChange): string {
  const one = (value: number) => `${Math.abs(round(value))}% ${value <= 0 ? 'fewer' : 'more'}`;
  const interval =
    change.low !== undefined && change.high !== undefined ? ` (interval ${one(change.low)} to ${one(change.high)})` : '';
  return `${one(change.value)} reoffend${interval}`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
