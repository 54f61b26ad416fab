import { createLayout } from './createLayout';
import { warmUpWorkOf } from './startingPlaces';
import { forceOffThread } from './forceOffThread';
import type { PlacedMap, PlaceOptions } from './placeMap';

/**
 * A map with nodes to place by force (a published map with nodes added): settled here before its
 * first paint when the work is small, else drawn at once and settled in a worker, in view. Loaded
 * only for such a map (placeMap.ts's loadForcePlacement), with d3-force.
 */
export function placeByForce(options: PlaceOptions): PlacedMap {
  if (warmUpWorkOf(options.layout) > options.syncWork) return forceOffThread(options.layout, options.hooks, { sliceMs: options.sliceMs });
  let frame = 0;
  // Ticks after a drag or a reheat (d3's timer) are painted at most once a frame.
  const layout = createLayout({
    ...options.layout,
    onTick: () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        options.hooks.paint();
      });
    },
  });
  layout.settle();
  return {
    layout,
    runner: null,
    dispose() {
      cancelAnimationFrame(frame);
      layout.stop();
    },
  };
}
