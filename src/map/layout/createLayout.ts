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
import { nodeRadius } from '../nodeGeometry';
import { createLcg } from './lcg';
import { journeyLayout, type JourneyGeometry, type JourneyLayout } from './journeyLayout';
import type { Steppable } from './simulationRunner';
import { usablePositions } from './publishedScale';
import { geometryForPlaces } from './publishedGeometry';

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

const WARM_UP_TICKS = 300;

/** The work a layout's warm-up takes, in node-ticks, known before any simulation is built: 0 when every node has its place. */
export function warmUpWorkOf(options: Pick<LayoutOptions, 'nodes' | 'pinned'>): number {
  const pinned = usablePositions(options.pinned) ?? {};
  const published = options.nodes.filter((n) => Object.hasOwn(pinned, n.id)).length;
  const free = published > 0 && published < options.nodes.length;
  return free ? options.nodes.length * WARM_UP_TICKS : 0;
}

export interface StartingPlaces {
  /** The seeded random source, already advanced past the starting jitter: the simulation continues it. */
  random: () => number;
  journey: JourneyLayout;
  /** The journey's columns and lane, or (positions drawn freely elsewhere) only the box the nodes fill. */
  geometry: LayoutGeometry;
  simNodes: SimNode[];
}

/**
 * Where every node starts, before any tick: its published place, its journey place, or (a node a
 * published map does not place) near its placed neighbours, in its own column. O(nodes + edges), so
 * a large map can be drawn from these at once while its simulation runs elsewhere (forceOffThread.ts).
 */
export function startingPlaces(options: LayoutOptions): StartingPlaces {
  const random = createLcg(options.seed);
  const usable = usablePositions(options.pinned);
  const journey = options.journey ?? journeyLayout({ ...options, pinned: usable });
  const ids = new Set(options.nodes.map((n) => n.id));
  const published = new Map(Object.entries(usable ?? {}).filter(([id]) => ids.has(id)));
  const anyPublished = published.size > 0;
  const neighbours = new Map<string, string[]>();
  const neighboursOf = (id: string) => neighbours.get(id) ?? neighbours.set(id, []).get(id)!;
  for (const e of options.edges) {
    neighboursOf(e.from).push(e.to);
    neighboursOf(e.to).push(e.from);
  }
  const stageOf = (node: MapNode) => `${node.kind}:${node.kind === 'factor' ? (node.stageIndices[0] ?? 0) : 'lane'}`;
  const stageX = new Map<string, number[]>();
  for (const node of options.nodes) {
    const at = published.get(node.id);
    if (!at) continue;
    const xs = stageX.get(stageOf(node)) ?? stageX.set(stageOf(node), []).get(stageOf(node))!;
    xs.push(at.x);
  }
  const mean = (xs: readonly number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;
  const columnX = new Map([...stageX].map(([stage, xs]) => [stage, mean(xs)]));
  /** Where an unpublished node of a published map starts: by its placed neighbours, in its own column. */
  const nearNeighbours = (node: MapNode, home: Point): Point => {
    const near = (neighbours.get(node.id) ?? []).flatMap((id) => published.get(id) ?? []);
    const column = columnX.get(stageOf(node));
    const x = node.kind === 'factor' && column !== undefined ? column : near.length > 0 ? mean(near.map((p) => p.x)) : home.x;
    const y = near.length > 0 ? mean(near.map((p) => p.y)) : home.y;
    return { x, y };
  };
  const simNodes: SimNode[] = options.nodes.map((node) => {
    const home = journey.positions.get(node.id) ?? { x: 0, y: 0 };
    const at = published.get(node.id);
    const placed = Boolean(at) || !anyPublished;
    const goal = at ?? (anyPublished ? nearNeighbours(node, home) : home);
    return {
      id: node.id,
      radius: nodeRadius(node),
      goal,
      placed,
      x: goal.x + (placed ? 0 : (random() - 0.5) * 20),
      y: goal.y + (placed ? 0 : (random() - 0.5) * 20),
      fx: placed ? goal.x : undefined,
      fy: placed ? goal.y : undefined,
    };
  });
  const geometry = geometryForPlaces(journey.geometry, options.nodes, published, new Map(simNodes.map((n) => [n.id, n.goal])));
  return { random, journey, geometry, simNodes };
}

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
