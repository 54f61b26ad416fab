import type { Point } from '../layout/createLayout';

export interface FocusStandIn {
  /** Shows the stand-in for this node (its name, its place), or none. */
  set(id: string | null, name: string, at: Point | undefined, radius: number, selected: boolean): void;
  /** The node the element stands for, if it is the stand-in. */
  nodeOf(element: Element): string | null;
  focus(): void;
  hasFocus(): boolean;
  destroy(): void;
}

export interface FocusEvents {
  onFocus(id: string): void;
  onBlur(): void;
  onActivate(id: string): void;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A map drawn on canvas has no element per node, so the keyboard lands on one stand-in: a
 * focusable button in the zoomed SVG group, over the tab-stop node, carrying that node's
 * accessible name. Arrow keys move it from node to node (mapKeyboard.ts); the ring is drawn on
 * the canvas. It carries neither `data-id` nor `data-label-for`: those belong to SVG's nodes
 * and labels alone.
 */
export function createFocusStandIn(root: SVGGElement, events: FocusEvents): FocusStandIn {
  const group = document.createElementNS(SVG_NS, 'g');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', 'Factors and interventions');
  const button = document.createElementNS(SVG_NS, 'g');
  button.setAttribute('class', 'map-focus-stand-in');
  button.setAttribute('role', 'button');
  const spot = document.createElementNS(SVG_NS, 'circle');
  spot.setAttribute('fill', 'transparent');
  // Pointing is the canvas's hit-testing's job: the stand-in only takes focus.
  spot.setAttribute('pointer-events', 'none');
  button.append(spot);
  group.append(button);
  root.append(group);
  let current: string | null = null;

  button.addEventListener('focus', () => current && events.onFocus(current));
  button.addEventListener('blur', () => events.onBlur());
  // A screen reader's "activate" is a click on the focused element.
  button.addEventListener('click', (event) => {
    if (current && event.detail === 0) events.onActivate(current);
  });

  return {
    set(id, name, at, radius, selected) {
      current = id;
      if (!id || !at) {
        button.removeAttribute('tabindex');
        button.removeAttribute('aria-label');
        spot.setAttribute('r', '0');
        return;
      }
      button.setAttribute('tabindex', '0');
      button.setAttribute('aria-label', name);
      if (selected) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
      spot.setAttribute('cx', String(at.x));
      spot.setAttribute('cy', String(at.y));
      spot.setAttribute('r', String(radius));
    },
    nodeOf: (element) => (element === button ? current : null),
    focus: () => button.focus(),
    hasFocus: () => document.activeElement === button,
    destroy: () => group.remove(),
  };
}
