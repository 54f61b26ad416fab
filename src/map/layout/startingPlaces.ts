import type { MapNode } from '../../analysis';
import { nodeRadius } from '../nodeGeometry';
import { createLcg } from './lcg';
import { journeyLayout, type JourneyLayout } from './journeyLayout';
import { usablePositions } from './publishedScale';
import { geometryForPlaces } from './publishedGeometry';
import type { LayoutGeometry, LayoutOptions, Point, SimNode } from './createLayout';

/*
 * Where a layout starts, apart from the simulation that may move it on (createLayout.ts): a map
 * whose every node has its place (the bundled one among them) needs only this, so the first load
 * does not carry d3-force.
 */

/** The ticks a whole warm-up runs (createLayout.ts counts them off). */
export const WARM_UP_TICKS = 300;

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
