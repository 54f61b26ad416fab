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
import { targetX } from './stageColumns';

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
  isPinned(id: string): boolean;
  /** Marks the start and end of a drag: the layout stays warm while a node is held. */
  hold(active: boolean): void;
  positions(): ReadonlyMap<string, Point>;
}

/** The simulation's own node objects: d3 writes x, y, vx, vy onto these, never onto the dataset. */
interface SimNode extends SimulationNodeDatum {
  id: string;
  radius: number;
  homeX: number;
  kind: MapNode['kind'];
}

type SimLink = SimulationLinkDatum<SimNode> & { kind: MapEdge['kind'] };

const WARM_UP_TICKS = 400;

export function createLayout(options: LayoutOptions): Layout {
  const random = createLcg(options.seed);
  const simNodes: SimNode[] = options.nodes.map((node) => {
    const homeX = targetX(node.stageIndices, options.stageCount);
    const pinned = options.pinned?.[node.id];
    return {
      id: node.id,
      kind: node.kind,
      radius: nodeRadius(node),
      homeX,
      x: pinned?.x ?? homeX + (random() - 0.5) * 120,
      y: pinned?.y ?? (random() - 0.5) * 600,
      fx: pinned?.x,
      fy: pinned?.y,
    };
  });
  const byId = new Map(simNodes.map((n) => [n.id, n]));
  // Centre on where the columns put the nodes on average, so centring never drags a column sideways.
  const centreX = simNodes.reduce((sum, n) => sum + n.homeX, 0) / Math.max(simNodes.length, 1);
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
    .force('column', forceX<SimNode>((n) => n.homeX).strength((n) => (n.kind === 'factor' ? 0.9 : 0.3)))
    .force('vertical', forceY<SimNode>(0).strength(0.05))
    .force('centre', forceCenter<SimNode>(centreX, 0).strength(0.2))
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
    isPinned(id) {
      const node = byId.get(id);
      return node?.fx != null;
    },
    hold(active) {
      simulation.alphaTarget(active ? 0.2 : 0);
      if (active) simulation.restart();
    },
    positions() {
      return new Map(simNodes.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
    },
  };
}
