import { EVIDENCE_LEVELS, EVIDENCE_SCALE, IMPACT_SCALE, type ImpactLevel } from '../../model';
import { IMPACT_ROWS, MARK_RADIUS, impactRowWords } from './chartLayout';
import { MarkShape } from './MarkShape';

/** The class the export's legend reads its samples from (keyLegendSamples). */
export const IMPACT_KEY_CLASS = 'impact-key';

const BOX = 2 * MARK_RADIUS.strong + 6;

/** Short enough for an export's legend column: the row's cut-off, and where harm and no effect sit. */
export function impactKeyWords(level: ImpactLevel): string {
  if (level === 'harmful') return 'Harmful, below the line: more reoffend';
  if (level === 'no-clear-effect') return 'No clear effect: on the line';
  if (level === 'not-known') return 'Impact not known: its own band';
  return `${IMPACT_SCALE[level].label} impact: ${impactRowWords(level)}`;
}

export const evidenceKeyWords = (level: (typeof EVIDENCE_LEVELS)[number]) => `Evidence ${EVIDENCE_SCALE[level].label.toLowerCase()} (mark size)`;

/**
 * What the marks mean: shape and colour for impact, size for evidence strength. Each sample is a
 * small SVG of the mark itself (inside a fixed box, so sizes compare), which the export's legend
 * copies, so the exported legend always matches what is drawn.
 */
export function ImpactCostKey() {
  const sample = (key: string, content: React.ReactNode) => (
    <svg width={BOX} height={BOX} viewBox={`${-BOX / 2} ${-BOX / 2} ${BOX} ${BOX}`} aria-hidden="true">
      <g data-key-sample={key}>
        <rect className="impact-key-box" x={-BOX / 2} y={-BOX / 2} width={BOX} height={BOX} />
        {content}
      </g>
    </svg>
  );
  return (
    <div className={IMPACT_KEY_CLASS}>
      <h3>Key</h3>
      <ul aria-label="Impact, by shape and colour">
        {IMPACT_ROWS.map((level) => (
          <li key={level}>
            {sample(`impact-${level}`, <MarkShape impact={level} r={8} />)}
            <span data-key-words={`impact-${level}`}>{impactKeyWords(level)}</span>
          </li>
        ))}
      </ul>
      <p className="impact-key-note">
        Cost columns: £ to £££££ by cost per participant in pounds; then, apart, costs cited only in another currency (not converted or banded; in each cell
        cheapest at the top); then cost not known.
      </p>
      <ul aria-label="Evidence strength, by mark size">
        {[...EVIDENCE_LEVELS].reverse().map((level) => (
          <li key={level}>
            {sample(`evidence-${level}`, <circle className="impact-key-size" r={MARK_RADIUS[level]} />)}
            <span data-key-words={`evidence-${level}`}>{evidenceKeyWords(level)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
