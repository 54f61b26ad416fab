import { useEffect, useRef } from 'react';
import type { Dataset } from '../model';
import { highlightOf, impactOf, mapGraphOf, useViewStore, visibilityOf, type ViewStore } from '../store';
import { createLayout, type LayoutGeometry, type Point } from './layout/createLayout';
import { seedFromText } from './layout/lcg';
import { createSvgPainter, type Painter } from './render/svgPainter';
import { createPanZoom, type Bounds, type PanZoom } from './zoom/createPanZoom';
import { describeNode, nodeColour } from './nodeAppearance';
import { BAND_FOOT_ROOM, BAND_HEADING_ROOM } from './layout/stageColumns';

interface MapViewProps {
  dataset: Dataset;
}

const ZOOM_STEP = 1.4;
const prefersReducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** What "fit" shows: the journey columns with their headings, the interventions' lane, and any node outside them (pinned). */
function boundsOf(positions: ReadonlyMap<string, Point>, geometry: LayoutGeometry): Bounds {
  const { columns, lane } = geometry;
  const bounds = {
    x0: Math.min(lane.x0, ...columns.map((c) => c.x0)) - 40,
    x1: Math.max(lane.x1, ...columns.map((c) => c.x1)) + 40,
    y0: Math.min(...columns.map((c) => c.y0)) - BAND_HEADING_ROOM,
    y1: lane.y1 + BAND_FOOT_ROOM,
  };
  for (const p of positions.values()) {
    bounds.x0 = Math.min(bounds.x0, p.x - 80);
    bounds.x1 = Math.max(bounds.x1, p.x + 80);
    bounds.y0 = Math.min(bounds.y0, p.y - 40);
    bounds.y1 = Math.max(bounds.y1, p.y + 60);
  }
  return bounds;
}

function nodesBounds(positions: ReadonlyMap<string, Point>): Bounds {
  const xs = [...positions.values()].map((p) => p.x);
  const ys = [...positions.values()].map((p) => p.y);
  if (xs.length === 0) return { x0: -200, y0: -200, x1: 200, y1: 200 };
  return { x0: Math.min(...xs) - 120, x1: Math.max(...xs) + 120, y0: Math.min(...ys) - 80, y1: Math.max(...ys) + 100 };
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
    let painter: Painter | null = null;
    let dragging = false;
    let frame = 0;

    const layout = createLayout({
      nodes: graph.nodes,
      edges: graph.edges,
      stageCount: dataset.vocabularies.stages.length,
      // Seeded by the title alone, so a new version of the same map keeps its familiar shape where it can.
      seed: seedFromText(dataset.meta.title),
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
      geometry: layout.geometry(),
      colourOf: (node) => nodeColour(dataset, node),
      describe: (node) => describeNode(dataset, node),
      animate: () => !prefersReducedMotion(),
      events: {
        onSelect: (id) => view.select(id),
        onHover: (id) => view.hover(id),
        // A press is not yet a drag: the layout is woken only when the node actually moves, so a
        // plain click leaves the picture exactly as it was.
        onDragStart: () => {
          dragging = false;
        },
        onDrag: (id, at) => {
          if (!dragging) {
            dragging = true;
            layout.hold(true);
          }
          layout.pin(id, at);
          if (!pinned.has(id)) {
            pinned.add(id);
            paintDisplay();
          }
        },
        onDragEnd: () => {
          if (dragging) layout.hold(false);
          dragging = false;
        },
        onRelease: (id) => {
          layout.release(id);
          pinned.delete(id);
          paintDisplay();
          layout.reheat(0.2);
        },
      },
    });
    const visibilityNow = (s: ViewStore) => visibilityOf(dataset, s.filter, s.focus);
    painter.updatePositions(layout.positions());
    const analysisNow = (s: ViewStore) => {
      painter?.setHighlight(highlightOf(dataset, s.loopId, s.path));
      painter?.setImpact(s.fund.length > 0 ? impactOf(dataset, s.fund, s.weighting) : null);
    };
    painter.setVisibility(visibilityNow(useViewStore.getState()));
    analysisNow(useViewStore.getState());
    paintDisplay();

    const panZoom = createPanZoom({
      svg,
      target: root,
      onZoom: (transform) => painter?.setScale(transform.k),
      reducedMotion: () => prefersReducedMotion(),
    });
    panZoomRef.current = panZoom;
    // Fit shows the whole journey, or only the traced loop or path, or the focused neighbourhood.
    fitRef.current = (animate) => {
      const state = useViewStore.getState();
      const all = layout.positions();
      const traced = highlightOf(dataset, state.loopId, state.path);
      const members: ReadonlySet<string> | null = traced ? new Set(traced.nodes) : state.focus ? visibilityNow(state).nodes : null;
      panZoom.fit(members ? nodesBounds(new Map([...all].filter(([id]) => members.has(id)))) : boundsOf(all, layout.geometry()), animate);
    };
    fitRef.current(false);

    // A selected node that is off screen (chosen in a panel, say) is brought into view.
    const revealSelected = (state: { selectedId: string | null }, previous: { selectedId: string | null }) => {
      if (!state.selectedId || state.selectedId === previous.selectedId) return;
      const at = layout.positions().get(state.selectedId);
      if (at) panZoom.reveal(at, 40);
    };
    const unsubscribe = useViewStore.subscribe((state, previous) => {
      if (state.filter !== previous.filter || state.focus !== previous.focus) painter?.setVisibility(visibilityNow(state));
      const traceChanged = state.loopId !== previous.loopId || state.path !== previous.path;
      if (traceChanged || state.fund !== previous.fund || state.weighting !== previous.weighting) analysisNow(state);
      paintDisplay();
      if (traceChanged || state.focus !== previous.focus) fitRef.current(true);
      else if (state.centreRequest !== previous.centreRequest && state.selectedId) {
        const at = layout.positions().get(state.selectedId);
        if (at) panZoom.centreOn(at);
      } else revealSelected(state, previous);
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
