import type { ImpactLevel } from '../../model';

/**
 * An impact rating's mark, so impact never rests on colour alone: benefit is a filled circle
 * (darker the larger), no clear effect a hollow ring crossed by a level bar, harm a triangle
 * pointing down, not known a dashed ring. Colours live in impactCost.css, by class.
 */
export function MarkShape({ impact, r }: { impact: ImpactLevel; r: number }) {
  const className = `impact-shape impact-shape--${impact}`;
  if (impact === 'harmful') {
    const h = r * 1.25;
    return <path className={className} d={`M ${-h} ${-h * 0.75} L ${h} ${-h * 0.75} L 0 ${h} Z`} />;
  }
  if (impact === 'no-clear-effect') {
    return (
      <g className={className}>
        <circle r={r} />
        <line x1={-r} x2={r} y1={0} y2={0} />
      </g>
    );
  }
  return <circle className={className} r={r} />;
}
