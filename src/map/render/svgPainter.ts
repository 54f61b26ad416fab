import { select, type EnterElement, type Selection } from 'd3-selection';
import 'd3-transition';
import { drag } from 'd3-drag';
import type { MapEdge, MapNode } from '../../analysis';
import { nodeRadius } from '../nodeGeometry';
import { curvedEdgePath } from './edgeGeometry';
import { createLabelPainter } from './labelPainter';
import { paintBands } from './paintBands';
import { addArrowMarkers } from './arrowMarkers';
import { markedName, paintNodeMarks, type NodeMarks } from './nodeMarks';
import { paintShapes } from './nodeShapes';
import type { paintMoneyRings } from './svgMoneyRings';
import type { Painter, PainterOptions } from './painter';
import { changedParts, emptyScene, type MapScene } from './scene';
import { fadedOf } from './displayState';
import { createPaintQueue } from './paintQueue';
import { setAttr, setClass } from './domWrites';

export type { DisplayState } from './displayState';
export type { Painter, PainterEvents, PainterOptions, PaintedHighlight, PaintedVisibility } from './painter';

const FADE_MS = 220;
export { LABEL_MIN_PX } from './labelPainter';
let painterCount = 0;
/**
 * The portfolio overlay's ring painter, fetched the first time money is shown (a reader who never
 * loads grants never downloads it); kept here so an export's twin painter has it at once.
 */
let moneyRings: typeof paintMoneyRings | null = null;

type G = Selection<SVGGElement, unknown, null, undefined>;

/** An action the research found no effect or harm from wears the grey "intended" arrowhead. */
const arrowKind = (e: MapEdge) => (e.intended ? 'intended' : e.kind);

/** Paints the map as SVG: an element per edge and node, every factor labelled in full. */
export function createSvgPainter(options: PainterOptions): Painter {
  const root = select(options.root);
  root.selectAll('*').remove();
  const radius = new Map(options.nodes.map((n) => [n.id, nodeRadius(n)]));
  const radiusOf = (id: string) => radius.get(id) ?? 8;
  let scale = 1;
  /** Whether a zoom has set the scale yet (the first always paints, even at 1). */
  let scaled = false;
  let tabStop: string | null = null;
  const start = emptyScene(options);
  let { positions, display, highlight, impact, money, visibility } = start;

  const arrow = addArrowMarkers(root.append('defs'), `map${++painterCount}`);
  const bands: G = root.append('g').attr('class', 'map-stages').attr('aria-hidden', 'true');
  const edgeLayer: G = root.append('g').attr('class', 'map-edges').attr('aria-hidden', 'true');
  const nodeLayer: G = root.append('g').attr('class', 'map-nodes').attr('role', 'group').attr('aria-label', 'Factors and interventions');
  const labelLayer: G = root.append('g').attr('class', 'map-labels').attr('aria-hidden', 'true');
  const scaleLane = paintBands(bands, options.geometry, options.nodes.some((n) => n.kind === 'intervention'));

  const labelOf = new Map(options.nodes.map((n) => [n.id, n.label]));
  const intendedTitle = (e: MapEdge) =>
    `${labelOf.get(e.from) ?? e.from}: intended to ${e.polarity === '+' ? 'raise' : 'lower'} ${labelOf.get(e.to) ?? e.to} (${e.harmful === true ? 'its research found more people reoffend: harmful' : 'its research found no fewer people reoffend'})`;

  const fadeMs = () => (options.animate() ? FADE_MS : 0);

  /**
   * Leaving nodes and names lose their identity at once (so they no longer count as on the page),
   * then fade. Nothing fades in, and links come and go at once: each fading element costs every
   * frame of its fade, and a filter change made while the last one's items were fading waited for
   * those frames (bench/filter-latency.ts: fading what arrives too took a change from 27 to 34 ms
   * median). A link's fade never showed anyway: its stylesheet opacity outranks the attribute.
   */
  function leave<E extends Element, D>(exit: Selection<E, D, SVGGElement, unknown>) {
    exit.classed('is-leaving', true).attr('data-id', null).attr('data-label-for', null).attr('tabindex', null).attr('role', null).attr('aria-hidden', 'true');
    if (fadeMs() === 0) exit.remove();
    else exit.transition().duration(fadeMs()).attr('opacity', 0).remove();
  }

  function createNodes(enter: Selection<EnterElement, MapNode, SVGGElement, unknown>) {
    const created = enter
      .append('g')
      .attr('class', (n) => `map-node map-node--${n.kind}${n.id === options.outcome ? ' map-node--outcome' : ''}`)
      .attr('data-id', (n) => n.id)
      .attr('role', 'button')
      .attr('tabindex', (n) => (n.id === tabStop ? 0 : -1));
    // Its accessible name is written by paintMarks, which always follows a join (the queue's order): once, not twice.
    paintShapes(created, { ...options, radius: radiusOf });
    created.append('title').text((n) => n.label);
    if (pointable) listen(created);
    noteEntered(created);
    return created;
  }

  /** What a person does to a node with a pointer: click, double-click, hover, drag. */
  function listen(nodes: Selection<SVGGElement, MapNode, SVGGElement, unknown>) {
    nodes
      .on('click', (event: MouseEvent, n) => {
        if (!event.defaultPrevented) options.events.onSelect(n.id);
      })
      .on('dblclick', (event: MouseEvent, n) => {
        event.preventDefault();
        event.stopPropagation();
        options.events.onRelease(n.id);
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
  }

  const selectNodes = () => nodeLayer.selectAll<SVGGElement, MapNode>('g.map-node:not(.is-leaving)');
  const selectEdges = () => edgeLayer.selectAll<SVGPathElement, MapEdge>('path.map-edge:not(.is-leaving)');
  const selectHits = () => edgeLayer.selectAll<SVGPathElement, MapEdge>('path.map-edge-hit:not(.is-leaving)');
  const selectLabels = () => labelLayer.selectAll<SVGTextElement, MapNode>('text.map-label:not(.is-leaving)');
  // What is on the page changes only in join(): the selections are taken once there, not per paint.
  let nodesNow = selectNodes();
  let edgesNow = selectEdges();
  let hitsNow = selectHits();
  let labelsNow = selectLabels();
  /** Whether nodes listen for the pointer and links have their click targets yet (PainterOptions.pointable). */
  let pointable = !options.pointable;
  /**
   * The elements the last join created. A change of what is shown, and nothing else, paints the
   * place, marks and state of these alone (paintArrived): the items that stay are as they were.
   */
  const entered = new Set<Element>();
  const noteEntered = <E extends Element, D>(created: Selection<E, D, SVGGElement, unknown>) =>
    created.each(function () {
      entered.add(this);
    });
  let onlyEntered = false;
  function scoped<E extends Element, D>(selection: Selection<E, D, SVGGElement, unknown>): Selection<E, D, SVGGElement, unknown> {
    if (!onlyEntered) return selection;
    return selection.filter(function () {
      return entered.has(this);
    });
  }
  const nodeSelection = () => scoped(nodesNow);
  const edgeSelection = () => scoped(edgesNow);
  const hitSelection = () => scoped(hitsNow);
  const labelSelection = () => labelsNow;

  /** Causal links always; an intervention's links only while it is in play (hovered, selected, funded, filtered to). */
  const drawnEdges = () =>
    options.edges.filter((e) => visibility.edges.has(e.id) && (e.kind === 'link' || display.actionsFor.has(e.from) || display.actionsFor.has(e.to)));

  /** A wide, invisible twin under each link makes a thin arrow easy to click. */
  function joinHits(edges: MapEdge[]) {
    selectHits()
      .data(edges, (e) => e.id)
      .join(
        (enter) => {
          const hits = enter.insert('path', ':first-child').attr('class', 'map-edge-hit').on('click', (_event: MouseEvent, e) => options.events.onSelect(e.kind === 'link' ? e.id : e.from));
          // Pointing at an action the research found no effect from, or harm, says it is only intended.
          hits.filter((e) => e.intended === true).append('title').text((e) => intendedTitle(e));
          noteEntered(hits);
          return hits;
        },
        (update) => update,
        (exit) => exit.remove(),
      );
    hitsNow = selectHits();
  }

  function join() {
    // What an earlier change left fading goes at once: a new change is shown without old fades' frames.
    root.selectAll('.is-leaving').interrupt().remove();
    entered.clear();
    selectNodes()
      .data(options.nodes.filter((n) => visibility.nodes.has(n.id)), (n) => n.id)
      .join(createNodes, (update) => update, leave)
      .attr('data-dimmed', (n) => (visibility.dimmed.has(n.id) ? 'true' : null));
    const edges = drawnEdges();
    if (pointable) joinHits(edges);
    selectEdges()
      .data(edges, (e) => e.id)
      .join(
        (enter) => {
          const created = enter
            .append('path')
            .attr('class', (e) => `map-edge map-edge--${e.kind}${e.polarity === '-' ? ' map-edge--negative' : ''}${e.inferred ? ' map-edge--inferred' : ''}${e.intended ? ' map-edge--intended' : ''}`)
            .attr('marker-end', (e) => arrow(arrowKind(e)));
          noteEntered(created);
          return created;
        },
        (update) => update,
        (exit) => exit.remove(),
      );
    selectLabels()
      .data(options.nodes.filter((n) => visibility.nodes.has(n.id)), (n) => n.id)
      .join(
        (enter) =>
          enter
            .append('text')
            .attr('class', (n) => `map-label map-label--${n.kind}${n.id === options.outcome ? ' map-label--outcome' : ''}`)
            .attr('data-label-for', (n) => n.id),
        (update) => update,
        leave,
      );
    nodesNow = selectNodes();
    edgesNow = selectEdges();
    labelsNow = selectLabels();
  }

  /** Each link's curve at the present positions; a link and its wide twin share one, worked out once. */
  function edgePaths() {
    const paths = new Map<string, string | null>();
    const curveOf = (e: MapEdge) => {
      const a = positions.get(e.from);
      const b = positions.get(e.to);
      return a && b ? curvedEdgePath(a, b, radiusOf(e.from), radiusOf(e.to)) : null;
    };
    return (e: MapEdge) => {
      let path = paths.get(e.id);
      if (path === undefined) paths.set(e.id, (path = curveOf(e)));
      return path;
    };
  }

  function paintPositions() {
    nodeSelection().attr('transform', (n) => {
      const p = positions.get(n.id);
      return p ? `translate(${p.x},${p.y})` : null;
    });
    const d = edgePaths();
    edgeSelection().attr('d', d);
    hitSelection().attr('d', d);
  }

  const paintLabelsOn = createLabelPainter({ nodes: options.nodes, geometry: options.geometry, outcome: options.outcome, radiusOf });
  function paintLabels() {
    paintLabelsOn(labelSelection(), {
      positions,
      visible: visibility.nodes,
      selectedId: display.selectedId,
      hoveredId: display.hoveredId,
      traced: highlight ? new Set(highlight.nodes) : null,
      scale,
    });
  }

  /** What a traced loop or path and a what-if add: step numbers, rings, arrows, and the names that say so. */
  function paintMarks() {
    const order: ReadonlyMap<string, number> = highlight?.steps ?? new Map();
    const marksOf = (id: string): NodeMarks => ({ step: order.get(id), effect: impact?.get(id) ?? 0, money: money?.words.get(id) });
    const nodes = nodeSelection();
    setClass(nodes, 'is-traced', (n) => order.has(n.id));
    setAttr(nodes, 'aria-label', (n) => markedName(options.describe(n), marksOf(n.id), highlight?.kind));
    paintNodeMarks(nodes, marksOf, radiusOf);
    moneyRings?.(nodes, money, radiusOf);
    const edges = edgeSelection();
    setClass(edges, 'is-traced', (e) => highlight?.edges.has(e.id) ?? false);
    setAttr(edges, 'marker-end', (e) => arrow(highlight?.edges.has(e.id) ? 'traced' : arrowKind(e)));
  }

  /** Hover, selection and what steps back: cheap enough to run on every pointer move. */
  function paintDisplay() {
    const { selectedId, pinned } = display;
    const { node: faded, edge: edgeFaded } = fadedOf(display, highlight);
    const nodes = nodeSelection();
    setClass(nodes, 'is-faded', (n) => faded(n.id));
    setClass(nodes, 'is-selected', (n) => n.id === selectedId);
    setClass(nodes, 'is-pinned', (n) => pinned.has(n.id));
    setAttr(nodes, 'aria-current', (n) => (n.id === selectedId ? 'true' : null));
    const edges = edgeSelection();
    setClass(edges, 'is-faded', edgeFaded);
    setClass(edges, 'is-selected', (e) => e.id === selectedId);
    const labels = labelSelection();
    setClass(labels, 'is-faded', (n) => faded(n.id));
    setClass(labels, 'is-dimmed', (n) => visibility.dimmed.has(n.id));
  }

  /** A change of what is shown alone: the new items get their place, marks and state (names, all of them: whether one is dimmed changes with what is shown). */
  function paintArrived() {
    onlyEntered = true;
    try {
      paintPositions();
      paintMarks();
      paintDisplay();
    } finally {
      onlyEntered = false;
    }
  }

  // Nothing is joined until the first scene: its nodes are created once, as it shows them (a link
  // with a filter would otherwise create every node and then fade out those it hides).
  // The order every change paints in: what is on the page, where, its marks, its state, its labels.
  const queue = createPaintQueue(['join', 'arrived', 'positions', 'marks', 'display', 'labels'], {
    join,
    arrived: paintArrived,
    positions: paintPositions,
    marks: paintMarks,
    display: paintDisplay,
    labels: paintLabels,
  });
  const paint = queue.paint;

  /** The scene last painted: a part that is the very same object needs no painting again. */
  let painted: MapScene | null = null;
  // Once the first picture is on screen, what a pointer uses is added to it (at once if no first picture is awaited).
  const stopWaiting =
    options.pointable?.(() => {
      pointable = true;
      // Not painted yet: the first scene's join adds them with everything else.
      if (!painted) return;
      queue.flush();
      listen(nodesNow);
      joinHits(drawnEdges());
      hitsNow.attr('d', edgePaths());
    }) ?? (() => {});

  return {
    render(next) {
      const changed = changedParts(painted, next);
      const before = display;
      painted = next;
      ({ positions, visibility, display, highlight, impact, money } = next);
      if (next.money && !moneyRings) {
        void import('./svgMoneyRings').then((m) => {
          moneyRings = m.paintMoneyRings;
          if (money) paint('marks');
        });
      }
      queue.batch(() => {
        // Only what is shown changed (a filter): the items that stay keep their place, marks and state.
        const onlyShown = !(['positions', 'highlight', 'impact', 'money', 'display'] as const).some((part) => changed.has(part));
        if (changed.has('visibility')) paint('join', ...(onlyShown ? (['arrived'] as const) : (['positions', 'marks', 'display'] as const)), 'labels');
        if (changed.has('positions')) paint('positions', 'labels');
        if (changed.has('highlight')) paint('marks', 'display', 'labels');
        if (changed.has('impact') || changed.has('money')) paint('marks');
        if (changed.has('display')) {
          // Links of interventions in play come and go; hover and selection decide which labels show in full.
          if (display.actionsFor !== before.actionsFor) paint('join', 'positions', 'marks');
          paint('display');
          if (display.hoveredId !== before.hoveredId || display.selectedId !== before.selectedId) paint('labels');
        }
        // A pan keeps the scale: labels neither move on the map nor change size, so nothing to do.
        if (changed.has('transform') && (!scaled || next.transform.k !== scale)) {
          scaled = true;
          scale = next.transform.k;
          scaleLane(scale);
          paint('labels');
        }
      });
    },
    setTabStop(id) {
      tabStop = id;
      queue.flush();
      nodeSelection().attr('tabindex', (n) => (n.id === id ? 0 : -1));
    },
    nodeOfElement(element) {
      return element.closest('[data-id]')?.getAttribute('data-id') ?? null;
    },
    focusNode(id) {
      options.root.querySelector<SVGGElement>(`g.map-node[data-id="${CSS.escape(id)}"]`)?.focus();
    },
    destroy() {
      stopWaiting();
      root.selectAll('*').interrupt();
      root.selectAll('*').remove();
    },
  };
}
