import type { LayoutOptions, Point } from './createLayout';
import { startingPlaces, warmUpWorkOf } from './startingPlaces';
import type { LiveLayout, PaintHooks } from './forceOffThread';
import type { SimulationRunner } from './simulationRunner';
import { timed } from './layoutTiming';

export type { LiveLayout, PaintHooks } from './forceOffThread';

export interface PlaceOptions {
  layout: Omit<LayoutOptions, 'onTick'>;
  hooks: PaintHooks;
  /** Warm-up work (node-ticks) settled at once, before the first paint; more runs in a worker. */
  syncWork: number;
  /** For the main-thread fallback's slices, in ms. */
  sliceMs: number;
  /** Only the starting places, no simulation: a first picture shown while the journey layout is computed. */
  still?: boolean;
}

export interface PlacedMap {
  layout: LiveLayout;
  /** Runs the warm-up in view; null when the map was settled before its first paint. */
  runner: SimulationRunner | null;
  dispose(): void;
}

/**
 * Where the map's layout runs, by how much work it has: none or little (every hand-drawn map, a
 * published map with a few additions), settled here before the first paint, so the first picture
 * is the finished one; more, in a worker (forceOffThread.ts), the map drawn at once and settling
 * in view.
 */
export function placeMap(options: PlaceOptions): PlacedMap {
  // Always recorded, once per picture: a profile (and the benchmark) can tell the map's final layout from its first.
  return timed(options.still ? 'starting places' : 'place', () => place(options), 0);
}

/** The simulation's code (forcePlacement.ts), once loaded: only a map with nodes to place by force needs it. */
let byForce: ((options: PlaceOptions) => PlacedMap) | null = null;

/** Whether a layout has nodes to place by force (a published map with nodes added): its code must be loaded first. */
export const needsForce = (layout: Pick<LayoutOptions, 'nodes' | 'pinned'>): boolean => warmUpWorkOf(layout) > 0;

/**
 * Loads the simulation's code, for a map that needs it (needsForce), before that map is drawn. The
 * first load does without d3-force and the simulation: the bundled map, like every hand-drawn or
 * fully published map, places every node without them.
 */
export async function loadForcePlacement(): Promise<void> {
  if (byForce) return;
  try {
    byForce = (await import('./forcePlacement')).placeByForce;
  } catch {
    // Unreachable code (offline, say): the new nodes keep their starting places beside their neighbours.
  }
}

function place(options: PlaceOptions): PlacedMap {
  // Every node has its place (no simulation to run), or the simulation's code could not be loaded:
  // a drag only moves the dragged node, as the simulation would with every other node fixed, so
  // none is built (0.2 s at 10,000 nodes).
  if (options.still || !byForce || !needsForce(options.layout)) return stillLayout(options.layout, options.hooks);
  return byForce(options);
}

/** A layout that only holds its starting places (and where a person drops a node): nothing moves by itself. */
function stillLayout(options: Omit<LayoutOptions, 'onTick'>, hooks: PaintHooks): PlacedMap {
  const start = startingPlaces(options);
  const home = new Map<string, Point>(start.simNodes.map((n) => [n.id, { x: n.fx ?? n.x ?? 0, y: n.fy ?? n.y ?? 0 }]));
  let now = new Map(home);
  let frame = 0;
  const move = (id: string, at: Point | undefined) => {
    if (!at || !home.has(id)) return;
    // A new map for every move: a painter repaints positions only when it is handed a new object (scene.ts).
    now = new Map(now);
    now.set(id, at);
    if (!frame) frame = requestAnimationFrame(() => {
      frame = 0;
      hooks.paint();
    });
  };
  const noop = () => {};
  return {
    layout: {
      positions: () => now,
      geometry: () => start.geometry,
      pin: (id, at) => move(id, at),
      release: (id) => move(id, home.get(id)),
      hold: noop,
      reheat: noop,
      stop: noop,
    },
    runner: null,
    dispose: () => cancelAnimationFrame(frame),
  };
}
