import type { ViewStore } from '../store';
import type { LiveLayout } from './layout/forceOffThread';
import type { SimulationRunner } from './layout/simulationRunner';
import type { PainterEvents } from './render/painter';

export interface PointerWiring {
  layout: LiveLayout;
  /** The warm-up running in view, if any: a drag stops it. */
  runner: SimulationRunner | null;
  /** Nodes a person has dragged and dropped (published positions are the map's own, not marked). */
  pinned: Set<string>;
  view: Pick<ViewStore, 'select' | 'hover' | 'pin' | 'unpin'>;
  /** Repaints what marks a node as pinned. */
  repaintMarks(): void;
}

/** What a person's pointer does on the map, whichever painter draws it: select, hover, drag, release. */
export function pointerEvents({ layout, runner, pinned, view, repaintMarks }: PointerWiring): PainterEvents {
  let dragging = false;
  return {
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
        // The person takes over: the slices stop, the simulation follows the drag.
        runner?.stop();
        layout.hold(true);
      }
      layout.pin(id, at);
      if (!pinned.has(id)) {
        pinned.add(id);
        repaintMarks();
      }
    },
    onDragEnd: (id) => {
      if (dragging) {
        layout.hold(false);
        // The drop is part of the view: the link reopens with the node where it was left.
        const at = layout.positions().get(id);
        if (at) view.pin(id, at);
      }
      dragging = false;
    },
    onRelease: (id) => {
      layout.release(id);
      view.unpin(id);
      pinned.delete(id);
      repaintMarks();
      layout.reheat(0.2);
    },
  };
}
