import type { Dataset } from '../model';
import { mapGraphOf, usePortfolioOverlay, useViewStore } from '../store';
import type { LayoutGeometry } from './layout/createLayout';
import { layoutForDataset } from './layout/datasetLayout';
import { wholeBounds } from './fitBounds';
import { narrowedBounds } from './viewBounds';
import { painterLooks } from './painterLooks';
import { createSceneDeriver } from './sceneOf';
import { drawSceneSvg, nodesInFrame, type MapForExport } from './render/drawSceneSvg';
import { exportFrame, type ExportFrame } from './render/exportFrame';
import type { MapScene } from './render/scene';
import { liveMap } from './liveMap';

export type { MapForExport } from './render/drawSceneSvg';

/** What an export shows: what the view is about, framed (the default), or the map exactly as on screen. */
export type ExportFraming = 'view' | 'screen';

/**
 * The most nodes an export draws to frame the view: about where the map itself leaves SVG for
 * canvas. Framing a 5,000-node map whole took 16 s (measured, headless Chromium), a wait Ctrl+P
 * cannot show progress for; the part on screen takes a moment.
 */
const MAX_FRAMED_NODES = 1_000;

/** The scene of a map that is not on screen (another view is): laid out as the map would be, from the view state. */
function sceneOffScreen(dataset: Dataset): { scene: MapScene; geometry: LayoutGeometry } {
  const layout = layoutForDataset(dataset);
  layout.settle();
  const state = useViewStore.getState();
  const positions = new Map(layout.positions());
  for (const pin of state.pins) if (positions.has(pin.id)) positions.set(pin.id, { x: pin.x, y: pin.y });
  const money = state.portfolio ? usePortfolioOverlay.getState().overlay : null;
  const pinned = new Set(state.pins.map((p) => p.id));
  const parts = createSceneDeriver(dataset, mapGraphOf(dataset))(state, money, pinned);
  // Hover is the pointer's, on a map no one is pointing at.
  const display = { ...parts.display, hoveredId: null };
  return { scene: { ...parts, display, positions, transform: { x: 0, y: 0, k: 1 } }, geometry: layout.geometry() };
}

/**
 * Whether an image of the map can be exported now: from the map on screen, or from the view state
 * with the map not shown (another view), as long as laying it out here takes a moment.
 */
export function canExportMap(dataset: Dataset): boolean {
  return liveMap() !== null || mapGraphOf(dataset).nodes.length <= MAX_FRAMED_NODES;
}

/**
 * The map as SVG for an export: the scene of the map on screen, or (another view shown) the scene
 * the map would show, drawn in a frame round what the view is about, or as the screen shows it.
 * Whatever painter draws the screen (SVG or canvas), the export is drawn from the same scene.
 */
export function mapForExport(dataset: Dataset, framing: ExportFraming = 'view'): MapForExport | null {
  if (!canExportMap(dataset)) return null;
  const looks = painterLooks(dataset);
  const live = liveMap();
  const onScreen = live?.scene() ?? null;
  const { scene, geometry } = live && onScreen ? { scene: onScreen, geometry: live.geometry } : sceneOffScreen(dataset);
  const bounds = live && onScreen ? live.viewBounds() : (narrowedBounds(dataset, useViewStore.getState(), scene.positions, geometry) ?? wholeBounds(geometry, scene.positions));
  const framed = exportFrame(bounds);
  const size = live?.size();
  const screen: ExportFrame | null = live && onScreen && size ? { width: size.width, height: size.height, transform: scene.transform } : null;
  // A frame holding more nodes than SVG draws in a moment (a large map, whole) gives way to the part on screen.
  const wanted = framing === 'screen' && screen ? screen : framed;
  const frame = screen && nodesInFrame(looks.nodes, scene.positions, wanted) > MAX_FRAMED_NODES ? screen : wanted;
  const stageLabels = dataset.vocabularies.stages.map((s) => s.label);
  return drawSceneSvg({ ...looks, geometry, stageLabels }, scene, frame);
}
