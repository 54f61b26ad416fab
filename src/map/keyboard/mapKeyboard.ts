import type { Point } from '../layout/createLayout';
import { ARROW_DIRECTIONS, nearestInDirection } from './nearestInDirection';

export interface MapKeyboardOptions {
  svg: SVGSVGElement;
  /** The nodes on the page, where they are. */
  positions(): ReadonlyMap<string, Point>;
  onFocusNode(id: string): void;
  /** The node a focused element stands for (an SVG node, or the canvas map's one focusable stand-in). */
  nodeOfElement(element: Element): string | null;
  /** Moves focus to a node. */
  focusNode(id: string): void;
  /** Focus left the map: the tab stop goes back to the selection or the outcome. */
  onLeave(): void;
  select(id: string | null): void;
  zoomBy(factor: number): void;
  zoomStep: number;
  fit(): void;
}

/**
 * The map's keyboard, as on a map: the map is one tab stop (roving tabindex); arrow keys move to
 * the nearest node that way; Enter or Space opens it; Escape clears the selection; + and − zoom;
 * 0 fits. Returns a function that detaches it.
 */
export function attachMapKeyboard(options: MapKeyboardOptions): () => void {
  const { svg } = options;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const id = event.target instanceof Element ? options.nodeOfElement(event.target) : null;
    const direction = ARROW_DIRECTIONS[event.key];
    if (direction && id) {
      event.preventDefault();
      const positions = options.positions();
      const from = positions.get(id);
      const next = from ? nearestInDirection(from, direction, positions, id) : null;
      if (next) {
        const before = document.activeElement;
        options.focusNode(next);
        // On canvas the one focusable element stays focused and takes the next node's name: no focusin says so.
        if (document.activeElement === before) options.onFocusNode(next);
      }
    } else if ((event.key === 'Enter' || event.key === ' ') && id) {
      event.preventDefault();
      options.select(id);
    } else if (event.key === 'Escape') {
      options.select(null);
    } else if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      options.zoomBy(options.zoomStep);
    } else if (event.key === '-' || event.key === '_') {
      event.preventDefault();
      options.zoomBy(1 / options.zoomStep);
    } else if (event.key === '0') {
      event.preventDefault();
      options.fit();
    }
  };
  const onFocusIn = (event: FocusEvent) => {
    const id = event.target instanceof Element ? options.nodeOfElement(event.target) : null;
    if (id) options.onFocusNode(id);
  };
  const onFocusOut = (event: FocusEvent) => {
    if (!(event.relatedTarget instanceof Node) || !svg.contains(event.relatedTarget)) options.onLeave();
  };
  svg.addEventListener('keydown', onKeyDown);
  svg.addEventListener('focusin', onFocusIn);
  svg.addEventListener('focusout', onFocusOut);
  return () => {
    svg.removeEventListener('keydown', onKeyDown);
    svg.removeEventListener('focusin', onFocusIn);
    svg.removeEventListener('focusout', onFocusOut);
  };
}
