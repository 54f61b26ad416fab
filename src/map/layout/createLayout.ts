import {
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
import type { JourneyGeometry, JourneyLayout } from './journeyLayout';
import type { Steppable } from './simulationRunner';
import { startingPlaces, WARM_UP_TICKS } from './startingPlaces';

export { startingPlaces, warmUpWorkOf, type StartingPlaces } from './startingPlaces';

export interface Point {
  x: number;
  y: number;
}

export interface LayoutOptions {
  nodes: readonly MapNode[];
  edges: readonly MapEdge[];
  stageCount: number;
  seed: number;
  /** The dataset's published positions: these nodes stay exactly there. */
  pinned?: Readonly<Record<string, Point>>;
  /** Called on every animated tick (after a drag or a reheat), not during `settle`. */
  onTick?: () => void;
  /** The journey layout of these very nodes and edges, when already computed (in a worker, say). */
  journey?: JourneyLayout;
}

export interface Layout extends Steppable {
  /** Places every node: synchronously, so the first paint is the finished picture. */
  settle(): void;
  /** Starts the warm-up over, to be run a slice at a time with `warmUp` (see simulationRunner.ts). */
  beginWarmUp(): void;
  /** The work a whole warm-up takes, in node-ticks (0 when every node has its place). */
  warmUpWork(): number;
  reheat(alpha?: number): void;
  stop(): void;
  /** Holds a node where a person put it (dragging). */
  pin(id: string, at: Point): void;
  /** Sends a dragged node back to its place (published or computed), or lets a placed node move again. */
  release(id: string): void;
  /** Marks the start and end of a drag: the layout stays warm while a node is held. */
  hold(active: boolean): void;
  positions(): ReadonlyMap<string, Point>;
  /** Where the journey columns and the interventions' lane are, for drawing and fitting them. */
  geometry(): LayoutGeometry;
}

export type LayoutGeometry = JourneyGeometry;

/** The simulation's own node objects: d3 writes x, y, vx, vy onto these, never onto the dataset. */
export interface SimNode extends SimulationNodeDatum {
  id: string;
  radius: number;
  /** Where the node belongs: its published or computed position, or (placed by force) near its neighbours. */
  goal: Point;
  /** True when the node has a fixed place to return to. */
  placed: boolean;
}

type SimLink = SimulationLinkDatum<SimNode>;

/**
 * The layout: the journey layout (columns, ordered to cross little) gives every node a place; a
 * dataset's published `positions` override it node by node. When a dataset publishes positions,
 * a node without one (just added, say) is placed by a small force layout near its neighbours,
 * and nothing else moves. Seeded, so the same dataset always gives the same picture.
 */
export function createLayout(options: LayoutOptions): Layout {
  const { random, geometry, simNodes } = startingPlaces(options);
  const byId = new Map(simNodes.map((n) => [n.id, n]));
  const simLinks: SimLink[] = options.edges.filter((e) => byId.has(e.from) && byId.has(e.to)).map((e) => ({ source: e.from, target: e.to }));
  const free = simNodes.some((n) => !n.placed);

  const simulation: Simulation<SimNode, SimLink> = forceSimulation<SimNode, SimLink>(simNodes)
    .randomSource(random)
    .force('link', forceLink<SimNode, SimLink>(simLinks).id((n) => n.id).distance(70).strength(0.05))
    .force('charge', forceManyBody<SimNode>().strength(-60).distanceMax(200))
    .force('collide', forceCollide<SimNode>((n) => n.radius + 30).iterations(2))
    .force('x', forceX<SimNode>((n) => n.goal.x).strength(0.3))
    .force('y', forceY<SimNode>((n) => n.goal.y).strength(0.1))
    .stop();

  simulation.on('tick', () => options.onTick?.());

  let ticked = WARM_UP_TICKS;
  const finished = () => ticked >= WARM_UP_TICKS || simulation.alpha() <= simulation.alphaMin();
  const beginWarmUp = () => {
    simulation.stop();
    if (!free) return;
    simulation.alpha(1);
    ticked = 0;
  };
  const warmUp = (ticks: number) => {
    for (let i = 0; i < ticks && !finished(); i++, ticked++) simulation.tick();
    return finished();
  };
  return {
    settle() {
      beginWarmUp();
      warmUp(Infinity);
    },
    beginWarmUp,
    warmUp,
    progress() {
      return finished() ? 1 : ticked / WARM_UP_TICKS;
    },
    warmUpWork() {
      return free ? simNodes.length * WARM_UP_TICKS : 0;
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
      node.fx = node.placed ? node.goal.x : undefined;
      node.fy = node.placed ? node.goal.y : undefined;
      if (node.placed) [node.x, node.y] = [node.goal.x, node.goal.y];
    },
    hold(active) {
      simulation.alphaTarget(active ? 0.2 : 0);
      if (active) simulation.restart();
    },
    geometry() {
      return geometry;
    },
    positions() {
      return new Map(simNodes.map((n) => [n.id, { x: n.fx ?? n.x ?? 0, y: n.fy ?? n.y ?? 0 }]));
    },
  };
}
