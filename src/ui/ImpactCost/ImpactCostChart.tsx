import { useRef, useState, type KeyboardEvent } from 'react';
import type { Intervention } from '../../model';
import { useViewStore } from '../../store';
import { LABEL_OFFSET, LABEL_PX, chartLayout } from './chartLayout';
import { MarkShape } from './MarkShape';
import { markName } from './markName';
import { nextMarkIndex } from './markNavigation';

/** The class the export dialog finds this picture by, as it finds the map by `svg.map-canvas`. */
export const IMPACT_CHART_CLASS = 'impact-chart';

/**
 * Impact against cost, one mark per intervention shown. One Tab stop (the selected mark, else the
 * first); the arrow keys move between marks by where they sit; Enter, Space or a click opens the
 * intervention's details, as a map node does.
 */
export function ImpactCostChart({ interventions, selectedId, labelledBy, width }: { interventions: readonly Intervention[]; selectedId: string | null; labelledBy: string; width?: number }) {
  const layout = chartLayout(interventions, width);
  const byId = new Map(interventions.map((i) => [i.id, i]));
  const { select } = useViewStore.getState();
  const [active, setActive] = useState<string | null>(null);
  const markRefs = useRef(new Map<string, SVGGElement>());
  const tabStop = [active, selectedId].find((id) => id && layout.marks.some((m) => m.id === id)) ?? layout.marks[0]?.id;
  const { plot } = layout;

  const onKeyDown = (event: KeyboardEvent<SVGGElement>, index: number, id: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(id);
      return;
    }
    const next = nextMarkIndex(layout.marks, index, event.key);
    if (next === null) return;
    event.preventDefault();
    const target = layout.marks[next]!;
    setActive(target.id);
    markRefs.current.get(target.id)?.focus();
  };

  return (
    <svg className={IMPACT_CHART_CLASS} width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-labelledby={labelledBy}>
      <g className="impact-grid" aria-hidden="true">
        {layout.rows.map((row) => (
          <g key={row.id} className={`impact-row impact-row--${row.id}`}>
            <rect x={plot.left} y={row.start} width={plot.right - plot.left} height={row.size} />
            <text className="impact-row-label" x={plot.left - 10} y={row.start + row.size / 2 - 2} textAnchor="end">
              {row.id === 'not-known' ? 'Impact not known' : row.label}
            </text>
            <text className="impact-row-detail" x={plot.left - 10} y={row.start + row.size / 2 + 12} textAnchor="end">
              {row.detail}
            </text>
          </g>
        ))}
        {layout.columns.map((column) => (
          <g key={column.id} className="impact-column">
            <line x1={column.start} x2={column.start} y1={plot.top} y2={plot.bottom} />
            <text className="impact-column-label" x={column.start + column.size / 2} y={plot.bottom + 18} textAnchor="middle">
              {column.label}
            </text>
            <text className="impact-column-detail" x={column.start + column.size / 2} y={plot.bottom + 33} textAnchor="middle">
              {column.detail}
            </text>
          </g>
        ))}
        <line className="impact-no-effect-line" x1={plot.left} x2={plot.right} y1={layout.lineY} y2={layout.lineY} />
        <text className="impact-axis-title" x={plot.left} y={plot.bottom + 48}>
          Cost per participant →
        </text>
      </g>
      <g className="impact-marks">
        {layout.marks.map((mark, index) => {
          const intervention = byId.get(mark.id)!;
          const name = markName(intervention);
          return (
            <g
              key={mark.id}
              ref={(el) => {
                if (el) markRefs.current.set(mark.id, el);
                else markRefs.current.delete(mark.id);
              }}
              className={`impact-mark${mark.id === selectedId ? ' is-selected' : ''}`}
              transform={`translate(${mark.x},${mark.y})`}
              role="button"
              tabIndex={mark.id === tabStop ? 0 : -1}
              aria-label={name}
              aria-current={mark.id === selectedId ? 'true' : undefined}
              onClick={() => {
                setActive(mark.id);
                select(mark.id);
              }}
              onFocus={() => setActive(mark.id)}
              onKeyDown={(event) => onKeyDown(event, index, mark.id)}
            >
              <title>{name}</title>
              <circle className="impact-mark-ring" r={mark.r + 5} />
              <MarkShape impact={mark.impact} r={mark.r} />
              <rect
                className="impact-mark-label-back"
                x={LABEL_OFFSET - 2}
                y={-mark.labelLines.length * LABEL_PX * 0.6 - 1}
                width={Math.max(...mark.labelLines.map((line) => line.length)) * LABEL_PX * 0.56 + 4}
                height={mark.labelLines.length * LABEL_PX * 1.2 + 2}
              />
              <text className="impact-mark-label" x={LABEL_OFFSET} y={(-(mark.labelLines.length - 1) * LABEL_PX * 1.2) / 2}>
                {mark.labelLines.map((line, i) => (
                  <tspan key={i} x={LABEL_OFFSET} dy={i === 0 ? '0.35em' : '1.2em'}>
                    {/* A space between lines, so the visible text reads as the name does ("Housing on release"). */}
                    {i < mark.labelLines.length - 1 ? `${line} ` : line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
