import { useEffect, useRef } from 'react';
import type { Dataset } from '../model';
import { mapGraphOf, useViewStore } from '../store';
import { createLayout, type Point } from './layout/createLayout';
import { seedFromText } from './layout/lcg';
import { createSvgPainter, type Painter } from './render/svgPainter';
import { createPanZoom, type Bounds, type PanZoom } from './zoom/createPanZoom';
import { describeNode, nodeColour } from './nodeAppearance';
import { nodeRadius } from './nodeSize';
import { COLUMN_WIDTH, columnX } from './layout/stageColumns';

interface MapViewProps {
  dataset: Dataset;
}

const ZOOM_STEP = 1.4;
const prefersReducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** What "fit" shows: every node with room for its label, and the journey columns with their headings. */
function boundsOf(positions: ReadonlyMap<string, Point>, radius: (id: string) => number, stageCount: number): Bounds {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [id, p] of positions) {
    const r = radius(id) + 40;
    x0 = Math.min(x0, p.x - r - 40);
    x1 = Math.max(x1, p.x + r + 40);
    y0 = Math.min(y0, p.y - r);
    y1 = Math.max(y1, p.y + r);
  }
  if (!Number.isFinite(x0)) return { x0: -100, y0: -100, x1: 100, y1: 100 };
  const columns = { x0: columnX(0, stageCount) - COLUMN_WIDTH / 2, x1: columnX(stageCount - 1, stageCount) + COLUMN_WIDTH / 2 };
  return { x0: Math.min(x0, columns.x0), y0: y0 - 80, x1: Math.max(x1, columns.x1), y1 };
}

/** The causal map. It owns all d3 code: layout, painter and zoom are created here, in an effect. */
export function MapView({ dataset }: MapViewProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const rootRef = useRef<SVGGElement>(null);
  const panZoomRef = useRef<PanZoom | null>(null);
  const fitRef = useRef<(animate: boolean) => void>(() => {});

  useEffect(() => {
    const svg = svgRef.current;
    const root = rootRef.current;
    if (!svg || !root) return;
    const graph = mapGraphOf(dataset);
    const pinned = new Set<string>(Object.keys(dataset.positions ?? {}));
    const radius = new Map(graph.nodes.map((n) => [n.id, nodeRadius(n)]));
    let painter: Painter | null = null;
    let frame = 0;

    const layout = createLayout({
      nodes: graph.nodes,
      edges: graph.edges,
      stageCount: dataset.vocabularies.stages.length,
      seed: seedFromText(`${dataset.meta.title}|${dataset.meta.version}`),
      pinned: dataset.positions,
      onTick: () => {
        if (frame) return;
        frame = requestAnimationFrame(() => {
          frame = 0;
          painter?.updatePositions(layout.positions());
        });
      },
    });
    layout.settle();

    const view = useViewStore.getState();
    const paintDisplay = () => {
      const { hoveredId, selectedId } = useViewStore.getState();
      painter?.setDisplay({ hoveredId, selectedId, neighbours: graph.neighbours, pinned });
    };

    painter = createSvgPainter({
      root,
      nodes: graph.nodes,
      edges: graph.edges,
      stageLabels: dataset.vocabularies.stages.map((s) => s.label),
      colourOf: (node) => nodeColour(dataset, node),
      describe: (node) => describeNode(dataset, node),
      events: {
        onSelect: (id) => view.select(id),
        onHover: (id) => view.hover(id),
        onDragStart: () => layout.hold(true),
        onDrag: (id, at) => {
          layout.pin(id, at);
          if (!pinned.has(id)) {
            pinned.add(id);
            paintDisplay();
          }
        },
        onDragEnd: () => layout.hold(false),
        onRelease: (id) => {
          layout.release(id);
          pinned.delete(id);
          paintDisplay();
          layout.reheat(0.2);
        },
      },
    });
    painter.updatePositions(layout.positions());
    paintDisplay();

    const panZoom = createPanZoom({
      svg,
      target: root,
      onZoom: (transform) => painter?.setScale(transform.k),
      reducedMotion: () => prefersReducedMotion(),
    });
    panZoomRef.current = panZoom;
    fitRef.current = (animate) => {
      const bounds = boundsOf(layout.positions(), (id) => radius.get(id) ?? 8, dataset.vocabularies.stages.length);
      panZoom.fit(bounds, animate);
    };
    fitRef.current(false);

    // A selected node that is off screen (chosen in a panel, say) is brought into view.
    const revealSelected = (state: { selectedId: string | null }, previous: { selectedId: string | null }) => {
      if (!state.selectedId || state.selectedId === previous.selectedId) return;
      const at = layout.positions().get(state.selectedId);
      if (at) panZoom.reveal(at, 40);
    };
    const unsubscribe = useViewStore.subscribe((state, previous) => {
      paintDisplay();
      revealSelected(state, previous);
    });

    // When a panel opens or the window changes, keep the middle of the picture in the middle.
    let size = { width: svg.clientWidth, height: svg.clientHeight };
    const resizes = new ResizeObserver(() => {
      const next = { width: svg.clientWidth, height: svg.clientHeight };
      if (next.width === size.width && next.height === size.height) return;
      panZoom.panBy((next.width - size.width) / 2, (next.height - size.height) / 2);
      size = next;
      const selectedId = useViewStore.getState().selectedId;
      const at = selectedId ? layout.positions().get(selectedId) : undefined;
      if (at) panZoom.reveal(at, 40);
    });
    resizes.observe(svg);

    return () => {
      resizes.disconnect();
      unsubscribe();
      cancelAnimationFrame(frame);
      layout.stop();
      panZoom.destroy();
      painter?.destroy();
      panZoomRef.current = null;
    };
  }, [dataset]);

  return (
    <div className="map-view">
      <svg ref={svgRef} className="map-canvas" role="group" aria-label={`Causal map: ${dataset.meta.title}`}>
        <g ref={rootRef} />
      </svg>
      <div className="map-toolbar" role="toolbar" aria-label="Map view">
        <button type="button" aria-label="Zoom in" title="Zoom in" onClick={() => panZoomRef.current?.zoomBy(ZOOM_STEP)}>
          +
        </button>
        <button type="button" aria-label="Zoom out" title="Zoom out" onClick={() => panZoomRef.current?.zoomBy(1 / ZOOM_STEP)}>
          −
        </button>
        <button type="button" aria-label="Fit map to screen" title="Fit map to screen" onClick={() => fitRef.current(true)}>
          ⤢
        </button>
      </div>
    </div>
  );
}
