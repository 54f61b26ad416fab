import { drag } from 'd3-drag';
import { pointer, select } from 'd3-selection';
import type { MapEdge } from '../../analysis';
import type { Point } from '../layout/createLayout';
import type { HitTester } from './hitTest';
import type { PainterEvents } from './painter';

export interface CanvasPointerOptions {
  /** The zoomed group: pointer positions are read in its (layout) coordinates. */
  root: SVGGElement;
  /** The <svg> over the canvas, which receives every pointer event (pan and zoom listen there too). */
  surface: SVGSVGElement;
  hits(): HitTester;
  scale(): number;
  positionOf(id: string): Point | undefined;
  events: PainterEvents;
}

/**
 * The pointer on a canvas map, as SVG's per-element handlers behave: a click selects the node or
 * link under it, hovering a node says so (and shows the pointer cursor), a double click releases
 * a dragged node, and pressing on a node drags it. Pressing anywhere else pans: the drag is
 * attached before d3-zoom and stops the press from reaching it only when a node is under it.
 * Returns a function that detaches it all.
 */
export function attachCanvasPointer(options: CanvasPointerOptions): () => void {
  const { root, surface, events } = options;
  const at = (event: Event): Point => {
    const [x, y] = pointer(event, root);
    return { x, y };
  };
  const nodeUnder = (event: Event) => options.hits().nodeAt(at(event), options.scale());
  const edgeUnder = (event: Event): MapEdge | null => options.hits().edgeAt(at(event), options.scale());

  let hovered: string | null = null;
  let pressed = false;
  const hover = (id: string | null) => {
    if (id === hovered) return;
    hovered = id;
    events.onHover(id);
  };
  const onMove = (event: PointerEvent) => {
    if (pressed || event.buttons !== 0) return;
    const node = nodeUnder(event);
    hover(node);
    // Links are found on click only: pointing at one is rare, and indexing every link on each move is not free.
    surface.style.cursor = node ? 'pointer' : '';
  };
  const onLeave = () => {
    surface.style.cursor = '';
    hover(null);
  };
  const onClick = (event: MouseEvent) => {
    // A drag or a pan ends in a click that is not one (d3 marks it).
    if (event.defaultPrevented || event.detail === 0) return;
    const node = nodeUnder(event);
    if (node) return events.onSelect(node);
    const edge = edgeUnder(event);
    if (edge) events.onSelect(edge.kind === 'link' ? edge.id : edge.from);
  };
  const onDoubleClick = (event: MouseEvent) => {
    const node = nodeUnder(event);
    if (!node) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    events.onRelease(node);
  };

  surface.addEventListener('pointermove', onMove);
  surface.addEventListener('pointerleave', onLeave);
  surface.addEventListener('click', onClick);
  surface.addEventListener('dblclick', onDoubleClick, { capture: true });
  const dragBehaviour = drag<SVGSVGElement, unknown, { id: string; x: number; y: number }>()
    .container(root)
    .subject((event: MouseEvent | TouchEvent) => {
      const id = nodeUnder(event);
      const p = id ? options.positionOf(id) : undefined;
      return id && p ? { id, x: p.x, y: p.y } : (null as never);
    })
    .on('start', (event: { subject: { id: string } }) => {
      pressed = true;
      events.onDragStart(event.subject.id);
    })
    .on('drag', (event: { subject: { id: string }; x: number; y: number }) => events.onDrag(event.subject.id, { x: event.x, y: event.y }))
    .on('end', (event: { subject: { id: string } }) => {
      pressed = false;
      events.onDragEnd(event.subject.id);
    });
  select(surface).call(dragBehaviour);

  return () => {
    surface.removeEventListener('pointermove', onMove);
    surface.removeEventListener('pointerleave', onLeave);
    surface.removeEventListener('click', onClick);
    surface.removeEventListener('dblclick', onDoubleClick, { capture: true });
    select(surface).on('.drag', null);
    surface.style.cursor = '';
  };
}
