import { select, type Selection } from 'd3-selection';
import { drag } from 'd3-drag';
import type { MapEdge, MapNode } from '../../analysis';
import type { LayoutGeometry, Point } from '../layout/createLayout';
import { nodeRadius } from '../nodeSize';
import { curvedEdgePath } from './edgeGeometry';
import { LABEL_FONT_PX, placeLabels, type LabelCandidate } from './labelPlacement';
import { shortLabel, wrapLabel } from './wrapLabel';
import { COLUMN_WIDTH, columnX } from '../layout/stageColumns';

export interface PainterEvents {
  onSelect(id: string): void;
  onHover(id: string | null): void;
  onDragStart(id: string): void;
  onDrag(id: string, at: Point): void;
  onDragEnd(id: string): void;
  onRelease(id: string): void;
}

export interface PainterOptions {
  /** The group inside the zoomable <svg> that the painter owns. */
  root: SVGGElement;
  nodes: readonly MapNode[];
  edges: readonly MapEdge[];
  stageLabels: readonly string[];
  geometry: LayoutGeometry;
  colourOf(node: MapNode): string;
  /** The accessible name of a node, e.g. "Factor: Released with nowhere to sleep". */
  describe(node: MapNode): string;
  events: PainterEvents;
}

export interface DisplayState {
  hoveredId: string | null;
  selectedId: string | null;
  neighbours: ReadonlyMap<string, ReadonlySet<string>>;
  pinned: ReadonlySet<string>;
}

export interface Painter {
  updatePositions(positions: ReadonlyMap<string, Point>): void;
  setDisplay(state: DisplayState): void;
  setScale(scale: number): void;
  destroy(): void;
}

const DIAMOND = (r: number) => `M0,${-r * 1.25}L${r * 1.25},0L0,${r * 1.25}L${-r * 1.25},0Z`;
let painterCount = 0;

/** Paints the map as SVG: an element per edge and node, labels culled so they never pile up. */
export function createSvgPainter(options: PainterOptions): Painter {
  const prefix = `map${++painterCount}`;
  const root = select(options.root);
  root.selectAll('*').remove();
  const radius = new Map(options.nodes.map((n) => [n.id, nodeRadius(n)]));
  let positions: ReadonlyMap<string, Point> = new Map();
  let scale = 1;
  let display: DisplayState = { hoveredId: null, selectedId: null, neighbours: new Map(), pinned: new Set() };

  const defs = root.append('defs');
  for (const kind of ['link', 'action']) {
    defs
      .append('marker')
      .attr('id', `${prefix}-arrow-${kind}`)
      .attr('viewBox', '0 0 10 10')
      .attr('refX', 9)
      .attr('refY', 5)
      .attr('markerWidth', 7)
      .attr('markerHeight', 7)
      .attr('orient', 'auto')
      .attr('class', `map-arrow map-arrow--${kind}`)
      .append('path')
      .attr('d', 'M0,0L10,5L0,10Z');
  }

  const bands = root.append('g').attr('class', 'map-stages').attr('aria-hidden', 'true');
  const edgeLayer = root.append('g').attr('class', 'map-edges').attr('aria-hidden', 'true');
  const nodeLayer = root.append('g').attr('class', 'map-nodes').attr('role', 'group').attr('aria-label', 'Factors and interventions');
  const labelLayer = root.append('g').attr('class', 'map-labels').attr('aria-hidden', 'true');

  const stageCount = options.stageLabels.length;
  const { columns, lane } = options.geometry;
  const top = Math.min(...columns.map((c) => c.y0)) - 110;
  const bottom = lane.y1 + 60;
  const band = bands
    .selectAll<SVGGElement, string>('g')
    .data(options.stageLabels)
    .join('g')
    .attr('class', (_, i) => `map-stage map-stage--${i % 2 === 0 ? 'even' : 'odd'}`);
  band
    .append('rect')
    .attr('x', (_, i) => columnX(i, stageCount) - COLUMN_WIDTH / 2)
    .attr('width', COLUMN_WIDTH)
    .attr('y', top)
    .attr('height', bottom - top);
  band
    .append('text')
    .attr('class', 'map-stage-label')
    .attr('x', (_, i) => columnX(i, stageCount))
    .attr('y', top + 30)
    .attr('text-anchor', 'middle')
    .text((label) => label);
  if (options.nodes.some((n) => n.kind === 'intervention')) {
    const laneTop = lane.y0 - 50;
    bands
      .append('rect')
      .attr('class', 'map-lane')
      .attr('x', columnX(0, stageCount) - COLUMN_WIDTH / 2)
      .attr('width', stageCount * COLUMN_WIDTH)
      .attr('y', laneTop)
      .attr('height', bottom - laneTop);
    bands
      .append('text')
      .attr('class', 'map-lane-label')
      .attr('x', columnX(0, stageCount) - COLUMN_WIDTH / 2 + 14)
      .attr('y', laneTop + 26)
      .text('Interventions: where funding acts, under the factors they act on');
  }

  const edges = edgeLayer
    .selectAll<SVGPathElement, MapEdge>('path')
    .data(options.edges, (e) => e.id)
    .join('path')
    .attr('class', (e) => `map-edge map-edge--${e.kind}${e.polarity === '-' ? ' map-edge--negative' : ''}${e.inferred ? ' map-edge--inferred' : ''}`)
    .attr('marker-end', (e) => `url(#${prefix}-arrow-${e.kind})`);

  const nodes: Selection<SVGGElement, MapNode, SVGGElement, unknown> = nodeLayer
    .selectAll<SVGGElement, MapNode>('g')
    .data(options.nodes, (n) => n.id)
    .join('g')
    .attr('class', (n) => `map-node map-node--${n.kind}`)
    .attr('data-id', (n) => n.id)
    .attr('role', 'button')
    .attr('tabindex', 0)
    .attr('aria-label', (n) => options.describe(n));

  nodes
    .filter((n) => n.kind === 'factor')
    .append('circle')
    .attr('class', 'map-node-shape')
    .attr('r', (n) => radius.get(n.id) ?? 8);
  nodes
    .filter((n) => n.kind === 'intervention')
    .append('path')
    .attr('class', 'map-node-shape')
    .attr('d', (n) => DIAMOND(radius.get(n.id) ?? 8));
  nodes.select('.map-node-shape').attr('fill', (n) => options.colourOf(n));
  nodes.append('title').text((n) => n.label);

  nodes
    .on('click', (event: MouseEvent, n) => {
      if (event.defaultPrevented) return;
      options.events.onSelect(n.id);
    })
    .on('dblclick', (event: MouseEvent, n) => {
      event.preventDefault();
      event.stopPropagation();
      options.events.onRelease(n.id);
    })
    .on('keydown', (event: KeyboardEvent, n) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        options.events.onSelect(n.id);
      }
    })
    .on('mouseenter focus', (_event, n) => options.events.onHover(n.id))
    .on('mouseleave blur', () => options.events.onHover(null));

  nodes.call(
    drag<SVGGElement, MapNode>()
      .container(options.root)
      .subject((_event, n) => positions.get(n.id) ?? { x: 0, y: 0 })
      .on('start', (_event, n) => options.events.onDragStart(n.id))
      .on('drag', (event: { x: number; y: number }, n) => options.events.onDrag(n.id, { x: event.x, y: event.y }))
      .on('end', (_event, n) => options.events.onDragEnd(n.id)),
  );

  const labels = labelLayer
    .selectAll<SVGTextElement, MapNode>('text')
    .data(options.nodes, (n) => n.id)
    .join('text')
    .attr('class', 'map-label')
    .attr('text-anchor', 'middle');
  const fullLines = new Map(options.nodes.map((n) => [n.id, wrapLabel(n.label)]));
  const shortLines = new Map(options.nodes.map((n) => [n.id, shortLabel(n.label)]));

  function paintLabels() {
    const font = LABEL_FONT_PX / scale;
    const candidates: LabelCandidate[] = options.nodes.flatMap((n) => {
      const at = positions.get(n.id);
      if (!at) return [];
      const first = n.id === display.selectedId || n.id === display.hoveredId;
      return [
        {
          id: n.id,
          at,
          radius: radius.get(n.id) ?? 8,
          lines: fullLines.get(n.id) ?? [n.label],
          shortLines: shortLines.get(n.id) ?? [n.label],
          priority: first ? Number.MAX_SAFE_INTEGER : n.degree,
        },
      ];
    });
    const shown = placeLabels(candidates, scale);
    labels.attr('font-size', font).classed('is-hidden', (n) => !shown.has(n.id));
    labels.each(function (n) {
      const lines = shown.get(n.id);
      const at = positions.get(n.id);
      if (!lines || !at) return;
      const top = at.y + (radius.get(n.id) ?? 8) + 2 / scale;
      select(this)
        .selectAll<SVGTSpanElement, string>('tspan')
        .data(lines)
        .join('tspan')
        .attr('x', at.x)
        .attr('y', (_, i) => top + font * (i + 1) * 1.2 - font * 0.25)
        .text((line) => line);
    });
  }

  function paintDisplay() {
    const { hoveredId, selectedId, neighbours, pinned } = display;
    const near = hoveredId ? new Set([hoveredId, ...(neighbours.get(hoveredId) ?? [])]) : null;
    nodes
      .classed('is-faded', (n) => near !== null && !near.has(n.id))
      .classed('is-selected', (n) => n.id === selectedId)
      .classed('is-pinned', (n) => pinned.has(n.id))
      .attr('aria-current', (n) => (n.id === selectedId ? 'true' : null));
    edges.classed('is-faded', (e) => hoveredId !== null && e.from !== hoveredId && e.to !== hoveredId);
    labels.classed('is-faded', (n) => near !== null && !near.has(n.id));
  }

  return {
    updatePositions(next) {
      positions = next;
      nodes.attr('transform', (n) => {
        const p = positions.get(n.id);
        return p ? `translate(${p.x},${p.y})` : null;
      });
      edges.attr('d', (e) => {
        const a = positions.get(e.from);
        const b = positions.get(e.to);
        if (!a || !b) return null;
        return curvedEdgePath(a, b, radius.get(e.from) ?? 8, radius.get(e.to) ?? 8);
      });
      paintLabels();
    },
    setDisplay(state) {
      const labelsChange = state.hoveredId !== display.hoveredId || state.selectedId !== display.selectedId;
      display = state;
      paintDisplay();
      if (labelsChange) paintLabels();
    },
    setScale(next) {
      scale = next;
      // Headings keep a readable size on screen whatever the zoom, but never outgrow their column.
      const fitted = (px: number, text: string, room: number) => Math.min(px / scale, room / (Math.max(text.length, 1) * 0.62));
      const stageFont = Math.min(...options.stageLabels.map((label) => fitted(13, label, COLUMN_WIDTH - 16)));
      bands.selectAll('.map-stage-label').attr('font-size', stageFont);
      bands.selectAll<SVGTextElement, unknown>('.map-lane-label').attr('font-size', function () {
        return fitted(12, this.textContent ?? '', stageCount * COLUMN_WIDTH - 28);
      });
      paintLabels();
    },
    destroy() {
      root.selectAll('*').remove();
    },
  };
}
