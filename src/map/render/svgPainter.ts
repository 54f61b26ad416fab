import { select, type EnterElement, type Selection } from 'd3-selection';
import 'd3-transition';
import { drag } from 'd3-drag';
import type { MapEdge, MapNode } from '../../analysis';
import type { LayoutGeometry, Point } from '../layout/createLayout';
import { nodeRadius } from '../nodeSize';
import { curvedEdgePath } from './edgeGeometry';
import { LABEL_FONT_PX, placeLabels, type LabelCandidate } from './labelPlacement';
import { shortLabel, wrapLabel } from './wrapLabel';
import { paintBands } from './paintBands';
import { addArrowMarkers } from './arrowMarkers';
import { markedName, paintNodeMarks, type NodeMarks } from './nodeMarks';

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
  /** False when the person prefers reduced motion: then nothing fades, it just changes. */
  animate(): boolean;
  events: PainterEvents;
}

export interface DisplayState {
  hoveredId: string | null;
  selectedId: string | null;
  neighbours: ReadonlyMap<string, ReadonlySet<string>>;
  pinned: ReadonlySet<string>;
}

export interface PaintedVisibility {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  dimmed: ReadonlySet<string>;
}

/** A loop or path to trace on the map: its nodes in order (numbered) and its edges. */
export interface PaintedHighlight {
  nodes: readonly string[];
  /** The number each traced node shows. */
  steps: ReadonlyMap<string, number>;
  edges: ReadonlySet<string>;
  kind: 'loop' | 'path';
}

export interface Painter {
  /** Traces a loop or path (everything else steps back), or clears it with null. */
  setHighlight(highlight: PaintedHighlight | null): void;
  /** Marks what-if effects: −1…1 per factor (falls and rises), or clears them with null. */
  setImpact(impact: ReadonlyMap<string, number> | null): void;
  updatePositions(positions: ReadonlyMap<string, Point>): void;
  /** Shows only these nodes and edges; hidden ones leave the page (fading out, unless motion is reduced). */
  setVisibility(visibility: PaintedVisibility): void;
  setDisplay(state: DisplayState): void;
  setScale(scale: number): void;
  destroy(): void;
}

const FADE_MS = 220;
const DIAMOND = (r: number) => `M0,${-r * 1.25}L${r * 1.25},0L0,${r * 1.25}L${-r * 1.25},0Z`;
let painterCount = 0;

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Paints the map as SVG: an element per edge and node, labels culled so they never pile up. */
export function createSvgPainter(options: PainterOptions): Painter {
  const root = select(options.root);
  root.selectAll('*').remove();
  const radius = new Map(options.nodes.map((n) => [n.id, nodeRadius(n)]));
  const fullLines = new Map(options.nodes.map((n) => [n.id, wrapLabel(n.label)]));
  const shortLines = new Map(options.nodes.map((n) => [n.id, shortLabel(n.label)]));
  let positions: ReadonlyMap<string, Point> = new Map();
  let scale = 1;
  let display: DisplayState = { hoveredId: null, selectedId: null, neighbours: new Map(), pinned: new Set() };
  let highlight: PaintedHighlight | null = null;
  let impact: ReadonlyMap<string, number> | null = null;
  let visibility: PaintedVisibility = {
    nodes: new Set(options.nodes.map((n) => n.id)),
    edges: new Set(options.edges.map((e) => e.id)),
    dimmed: new Set(),
  };

  const arrow = addArrowMarkers(root.append('defs'), `map${++painterCount}`);
  const bands: G = root.append('g').attr('class', 'map-stages').attr('aria-hidden', 'true');
  const edgeLayer: G = root.append('g').attr('class', 'map-edges').attr('aria-hidden', 'true');
  const nodeLayer: G = root.append('g').attr('class', 'map-nodes').attr('role', 'group').attr('aria-label', 'Factors and interventions');
  const labelLayer: G = root.append('g').attr('class', 'map-labels').attr('aria-hidden', 'true');
  const scaleHeadings = paintBands(bands, options.stageLabels, options.geometry, options.nodes.some((n) => n.kind === 'intervention'));

  const fadeMs = () => (options.animate() ? FADE_MS : 0);

  /** Leaving elements lose their identity at once (so they no longer count as on the page), then fade. */
  function leave<E extends Element, D>(exit: Selection<E, D, SVGGElement, unknown>) {
    exit.classed('is-leaving', true).attr('data-id', null).attr('tabindex', null).attr('role', null).attr('aria-hidden', 'true');
    if (fadeMs() === 0) exit.remove();
    else exit.transition().duration(fadeMs()).attr('opacity', 0).remove();
  }

  function arrive<E extends Element, D>(enter: Selection<E, D, SVGGElement, unknown>) {
    if (fadeMs() > 0) enter.attr('opacity', 0).transition().duration(fadeMs()).attr('opacity', 1);
  }

  function createNodes(enter: Selection<EnterElement, MapNode, SVGGElement, unknown>) {
    const created = enter
      .append('g')
      .attr('class', (n) => `map-node map-node--${n.kind}`)
      .attr('data-id', (n) => n.id)
      .attr('role', 'button')
      .attr('tabindex', 0)
      .attr('aria-label', (n) => options.describe(n));
    created.filter((n) => n.kind === 'factor').append('circle').attr('class', 'map-node-shape').attr('r', (n) => radius.get(n.id) ?? 8);
    created.filter((n) => n.kind === 'intervention').append('path').attr('class', 'map-node-shape').attr('d', (n) => DIAMOND(radius.get(n.id) ?? 8));
    created.select('.map-node-shape').attr('fill', (n) => options.colourOf(n));
    created.append('title').text((n) => n.label);
    created
      .on('click', (event: MouseEvent, n) => {
        if (!event.defaultPrevented) options.events.onSelect(n.id);
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
      .on('mouseleave blur', () => options.events.onHover(null))
      .call(
        drag<SVGGElement, MapNode>()
          .container(options.root)
          .subject((_event, n) => positions.get(n.id) ?? { x: 0, y: 0 })
          .on('start', (_event, n) => options.events.onDragStart(n.id))
          .on('drag', (event: { x: number; y: number }, n) => options.events.onDrag(n.id, { x: event.x, y: event.y }))
          .on('end', (_event, n) => options.events.onDragEnd(n.id)),
      );
    arrive(created);
    return created;
  }

  const nodeSelection = () => nodeLayer.selectAll<SVGGElement, MapNode>('g.map-node:not(.is-leaving)');
  const edgeSelection = () => edgeLayer.selectAll<SVGPathElement, MapEdge>('path.map-edge:not(.is-leaving)');
  const labelSelection = () => labelLayer.selectAll<SVGTextElement, MapNode>('text.map-label:not(.is-leaving)');

  function join() {
    nodeSelection()
      .data(options.nodes.filter((n) => visibility.nodes.has(n.id)), (n) => n.id)
      .join(createNodes, (update) => update, leave)
      .attr('data-dimmed', (n) => (visibility.dimmed.has(n.id) ? 'true' : null));
    edgeSelection()
      .data(options.edges.filter((e) => visibility.edges.has(e.id)), (e) => e.id)
      .join(
        (enter) => {
          const created = enter
            .append('path')
            .attr('class', (e) => `map-edge map-edge--${e.kind}${e.polarity === '-' ? ' map-edge--negative' : ''}${e.inferred ? ' map-edge--inferred' : ''}`)
            .attr('marker-end', (e) => arrow(e.kind));
          arrive(created);
          return created;
        },
        (update) => update,
        leave,
      );
    labelSelection()
      .data(options.nodes.filter((n) => visibility.nodes.has(n.id)), (n) => n.id)
      .join(
        (enter) => enter.append('text').attr('class', 'map-label').attr('text-anchor', 'middle'),
        (update) => update,
        leave,
      );
  }

  function paintPositions() {
    nodeSelection().attr('transform', (n) => {
      const p = positions.get(n.id);
      return p ? `translate(${p.x},${p.y})` : null;
    });
    edgeSelection().attr('d', (e) => {
      const a = positions.get(e.from);
      const b = positions.get(e.to);
      return a && b ? curvedEdgePath(a, b, radius.get(e.from) ?? 8, radius.get(e.to) ?? 8) : null;
    });
  }

  function paintLabels() {
    const font = LABEL_FONT_PX / scale;
    const traced = highlight ? new Set(highlight.nodes) : null;
    const candidates: LabelCandidate[] = options.nodes.flatMap((n) => {
      const at = positions.get(n.id);
      if (!at || !visibility.nodes.has(n.id)) return [];
      // While a loop or path is traced, its members (and the selection) are the ones labelled.
      const first = n.id === display.selectedId || n.id === display.hoveredId || (traced?.has(n.id) ?? false);
      if (traced && !first) return [];
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
    const labels = labelSelection();
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

  /** What a traced loop or path and a what-if add: step numbers, rings, arrows, and the names that say so. */
  function paintMarks() {
    const order: ReadonlyMap<string, number> = highlight?.steps ?? new Map();
    const marksOf = (id: string): NodeMarks => ({ step: order.get(id), effect: impact?.get(id) ?? 0 });
    nodeSelection()
      .classed('is-traced', (n) => order.has(n.id))
      .attr('aria-label', (n) => markedName(options.describe(n), marksOf(n.id), highlight?.kind))
      .call((nodes) => paintNodeMarks(nodes, marksOf, (id) => radius.get(id) ?? 8));
    edgeSelection()
      .classed('is-traced', (e) => highlight?.edges.has(e.id) ?? false)
      .attr('marker-end', (e) => arrow(highlight?.edges.has(e.id) ? 'traced' : e.kind));
  }

  /** Hover, selection and what steps back: cheap enough to run on every pointer move. */
  function paintDisplay() {
    const { hoveredId, selectedId, neighbours, pinned } = display;
    const near = hoveredId ? new Set([hoveredId, ...(neighbours.get(hoveredId) ?? [])]) : null;
    const traced = highlight ? new Set(highlight.nodes) : null;
    const faded = (id: string) => (near !== null && !near.has(id)) || (near === null && traced !== null && !traced.has(id));
    nodeSelection()
      .classed('is-faded', (n) => faded(n.id))
      .classed('is-selected', (n) => n.id === selectedId)
      .classed('is-pinned', (n) => pinned.has(n.id))
      .attr('aria-current', (n) => (n.id === selectedId ? 'true' : null));
    const edgeFaded = (e: MapEdge) =>
      hoveredId !== null ? e.from !== hoveredId && e.to !== hoveredId : highlight !== null && !highlight.edges.has(e.id);
    edgeSelection().classed('is-faded', edgeFaded);
    labelSelection()
      .classed('is-faded', (n) => faded(n.id))
      .classed('is-dimmed', (n) => visibility.dimmed.has(n.id));
  }

  join();
  return {
    setHighlight(next) {
      highlight = next;
      paintMarks();
      paintDisplay();
      paintLabels();
    },
    setImpact(next) {
      impact = next;
      paintMarks();
    },
    updatePositions(next) {
      positions = next;
      paintPositions();
      paintLabels();
    },
    setVisibility(next) {
      visibility = next;
      join();
      paintPositions();
      paintMarks();
      paintDisplay();
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
      scaleHeadings(scale);
      paintLabels();
    },
    destroy() {
      root.selectAll('*').interrupt();
      root.selectAll('*').remove();
    },
  };
}
