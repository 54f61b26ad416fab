import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { MapEdge, MapNode } from '../../analysis';
import { nodeRadius } from '../nodeSize';
import { createLcg } from './lcg';
import { columnBox, columnX, factorHalfHeight, laneBox, meanX } from './stageColumns';
import { forceWithin, type Box } from './forceWithin';

export interface Point {
  x: number;
  y: number;
}

export interface LayoutOptions {
  nodes: readonly MapNode[];
  edges: readonly MapEdge[];
  stageCount: number;
  seed: number;
  /** Hand-tuned positions from the dataset: these nodes stay exactly there. */
  pinned?: Readonly<Record<string, Point>>;
  /** Called on every animated tick (after a drag or a reheat), not during `settle`. */
  onTick?: () => void;
}

export interface Layout {
  /** Runs the warm-up synchronously until the layout is still: the picture a dataset always gives. */
  settle(): void;
  reheat(alpha?: number): void;
  stop(): void;
  /** Holds a node where a person put it (dragging). */
  pin(id: string, at: Point): void;
  /** Lets a pinned node move with the others again. */
  release(id: string): void;
  /** Marks the start and end of a drag: the layout stays warm while a node is held. */
  hold(active: boolean): void;
  positions(): ReadonlyMap<string, Point>;
  /** Where the journey columns and the interventions' lane are, for drawing them. */
  geometry(): LayoutGeometry;
}

export interface LayoutGeometry {
  columns: Box[];
  lane: Box;
}

/** The simulation's own node objects: d3 writes x, y, vx, vy onto these, never onto the dataset. */
interface SimNode extends SimulationNodeDatum {
  id: string;
  radius: number;
  homeX: number;
  homeY: number;
  box: Box;
  kind: MapNode['kind'];
}

type SimLink = SimulationLinkDatum<SimNode> & { kind: MapEdge['kind'] };

const WARM_UP_TICKS = 400;

export function createLayout(options: LayoutOptions): Layout {
  const random = createLcg(options.seed);
  const { stageCount } = options;
  const perStage = Array.from({ length: stageCount }, (_, i) =>
    options.nodes.filter((n) => n.kind === 'factor' && n.stageIndices[0] === i).length,
  );
  const halfHeight = factorHalfHeight(perStage);
  const lane = laneBox(stageCount, halfHeight);
  const factorColumn = new Map(
    options.nodes.filter((n) => n.kind === 'factor').map((n) => [n.id, n.stageIndices[0] ?? 0]),
  );
  const homeOf = (node: MapNode): { x: number; y: number; box: Box } => {
    if (node.kind === 'factor') {
      const column = node.stageIndices[0] ?? 0;
      return { x: columnX(column, stageCount), y: 0, box: columnBox(column, stageCount, halfHeight) };
    }
    // An intervention sits under the middle of the factors it acts on (or of its stages, if none).
    const targets = options.edges.filter((e) => e.from === node.id).flatMap((e) => factorColumn.get(e.to) ?? []);
    const columns = targets.length > 0 ? targets : node.stageIndices;
    return { x: meanX(columns.map((c) => columnX(c, stageCount))), y: (lane.y0 + lane.y1) / 2, box: lane };
  };
  const simNodes: SimNode[] = options.nodes.map((node) => {
    const home = homeOf(node);
    const pinned = options.pinned?.[node.id];
    return {
      id: node.id,
      kind: node.kind,
      radius: nodeRadius(node),
      homeX: home.x,
      homeY: home.y,
      box: home.box,
      x: pinned?.x ?? home.x + (random() - 0.5) * 120,
      y: pinned?.y ?? home.y + (random() - 0.5) * (node.kind === 'factor' ? 2 * halfHeight : 120),
      fx: pinned?.x,
      fy: pinned?.y,
    };
  });
  const byId = new Map(simNodes.map((n) => [n.id, n]));
  // Centre on where the columns put the nodes on average, so centring never drags a column sideways.
  const centreX = meanX(simNodes.map((n) => n.homeX));
  const centreY = meanX(simNodes.map((n) => n.homeY));
  const simLinks: SimLink[] = options.edges
    .filter((e) => byId.has(e.from) && byId.has(e.to))
    .map((e) => ({ source: e.from, target: e.to, kind: e.kind }));

  const simulation: Simulation<SimNode, SimLink> = forceSimulation<SimNode, SimLink>(simNodes)
    .randomSource(random)
    .force(
      'link',
      forceLink<SimNode, SimLink>(simLinks)
        .id((n) => n.id)
        .distance((l) => (l.kind === 'action' ? 90 : 110))
        .strength((l) => (l.kind === 'action' ? 0.05 : 0.1)),
    )
    .force('charge', forceManyBody<SimNode>().strength(-320).distanceMax(700))
    .force('collide', forceCollide<SimNode>((n) => n.radius + 22).iterations(2))
    .force('column', forceX<SimNode>((n) => n.homeX).strength((n) => (n.kind === 'factor' ? 0.5 : 0.15)))
    .force('row', forceY<SimNode>((n) => n.homeY).strength((n) => (n.kind === 'factor' ? 0.03 : 0.4)))
    .force('centre', forceCenter<SimNode>(centreX, centreY).strength(0.1))
    .force('within', forceWithin<SimNode>((n) => n.box))
    .stop();

  simulation.on('tick', () => options.onTick?.());

  return {
    settle() {
      simulation.stop();
      simulation.alpha(1);
      for (let i = 0; i < WARM_UP_TICKS && simulation.alpha() > simulation.alphaMin(); i++) simulation.tick();
    },
    reheat(alpha = 0.3) {
      simulation.alpha(Math.max(simulation.alpha(), alpha)).restart();
    },
    stop() {
      simulation.stop();
    },
    pin(id, at) {
      const node = byId.get(id);
      if (!node) return;
      node.fx = at.x;
      node.fy = at.y;
    },
    release(id) {
      const node = byId.get(id);
      if (!node) return;
      node.fx = undefined;
      node.fy = undefined;
    },
    hold(active) {
      simulation.alphaTarget(active ? 0.2 : 0);
      if (active) simulation.restart();
    },
    geometry() {
      return { columns: perStage.map((_, i) => columnBox(i, stageCount, halfHeight)), lane };
    },
    positions() {
      return new Map(simNodes.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
    },
  };
}
