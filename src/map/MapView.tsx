import { useEffect, useRef, useState } from 'react';
import type { Dataset } from '../model';
import { indexOf, rendererParam } from '../store';
import { MapToolbar } from './MapToolbar';
import { LayoutProgress } from './LayoutProgress';
import { createMapController, type MapController } from './mapController';
import { ZOOM_STEP } from './zoomStep';

interface MapViewProps {
  dataset: Dataset;
}

/** The causal map: React renders its elements and toolbar; the map itself is drawn by its controller (mapController.ts). */
export function MapView({ dataset }: MapViewProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const rootRef = useRef<SVGGElement>(null);
  const headingsRef = useRef<SVGGElement>(null);
  const liveRef = useRef<HTMLParagraphElement>(null);
  const controllerRef = useRef<MapController | null>(null);
  /** How far a large map's layout has come, while it runs in view; null when there is none running. */
  const [layoutProgress, setLayoutProgress] = useState<{ percent: number; nodes: number } | null>(null);

  useEffect(() => {
    const svg = svgRef.current;
    const root = rootRef.current;
    const headings = headingsRef.current;
    if (!svg || !root || !headings) return;
    const renderer = rendererParam();
    const controller = createMapController({ dataset, renderer, svg, root, headings, canvas: canvasRef.current, live: liveRef.current, onLayoutProgress: setLayoutProgress });
    controllerRef.current = controller;
    return () => {
      controllerRef.current = null;
      controller.destroy();
    };
  }, [dataset]);

  const index = indexOf(dataset);
  return (
    <div className="map-view" id="map">
      <MapToolbar
        onZoomIn={() => controllerRef.current?.zoomBy(ZOOM_STEP)}
        onZoomOut={() => controllerRef.current?.zoomBy(1 / ZOOM_STEP)}
        onFit={() => controllerRef.current?.fit(true)}
      />
      {layoutProgress && <LayoutProgress fraction={layoutProgress.percent / 100} nodeCount={layoutProgress.nodes} onStop={() => controllerRef.current?.stopLayout()} />}
      <canvas ref={canvasRef} className="map-bitmap" aria-hidden="true" hidden />
      <svg
        ref={svgRef}
        className="map-canvas"
        role="group"
        aria-label={`Causal map: ${dataset.meta.title}`}
        aria-describedby="map-keys"
        tabIndex={-1}
      >
        <g ref={rootRef} />
      </svg>
      {/* Apart from the map's own picture, which a fit glides as one layer: the headings stay pinned in screen space as it moves. */}
      <svg className="map-heading-layer" aria-hidden="true">
        <g ref={headingsRef} className="map-headings" />
      </svg>
      <p id="map-keys" className="visually-hidden">
        Arrow keys move between nodes, Enter opens details, Escape clears the selection, plus and minus zoom, 0 fits the map.
        {index.factor.get(dataset.meta.outcome ?? '') ? ` The outcome is ${index.factor.get(dataset.meta.outcome ?? '')?.label}.` : ''}
      </p>
      <p ref={liveRef} className="visually-hidden" aria-live="polite" />
    </div>
  );
}
