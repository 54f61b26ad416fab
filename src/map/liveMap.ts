import type { Box } from './layout/box';
import type { LayoutGeometry } from './layout/createLayout';
import type { MapScene } from './render/scene';

/** The map on screen, as an export reads it: its scene, its geometry, what its view is about, its size. */
export interface LiveMap {
  scene(): MapScene | null;
  geometry: LayoutGeometry;
  viewBounds(): Box;
  size(): { width: number; height: number };
}

let live: LiveMap | null = null;

/** The map on screen now, or null when none is (another view is shown). */
export const liveMap = (): LiveMap | null => live;

/** The drawn map offers its scene to exports; the function returned takes the offer back. */
export function provideLiveMap(map: LiveMap): () => void {
  live = map;
  return () => {
    if (live === map) live = null;
  };
}

