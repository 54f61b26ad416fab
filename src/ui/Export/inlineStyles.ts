/**
 * The computed styles that decide how a map element looks, copied onto a clone as presentation
 * attributes: the exported SVG then needs no stylesheet, and no viewer (nor a CSP) can lose them.
 */
const PAINT_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
] as const;

/** Fonts that every viewer has: the exported text stays text, and looks the same anywhere. */
export const PORTABLE_FONT = 'Arial, Helvetica, "Liberation Sans", sans-serif';

/** Is an element drawn at all? Hidden, culled or leaving elements are not part of what the view shows. */
export function isShown(element: Element): boolean {
  const style = getComputedStyle(element);
  return style.display !== 'none' && !element.classList.contains('is-leaving') && !element.classList.contains('is-hidden');
}

/** Copies the look of `source` (a live element) and its descendants onto `target` (its deep clone). */
export function inlineStyles(source: Element, target: Element): void {
  const style = getComputedStyle(source);
  for (const property of PAINT_PROPERTIES) {
    const value = style.getPropertyValue(property);
    if (value && value !== 'normal' && value !== 'auto') target.setAttribute(property, value);
  }
  target.removeAttribute('style');
  const sourceChildren = Array.from(source.children);
  const targetChildren = Array.from(target.children);
  sourceChildren.forEach((child, index) => {
    const twin = targetChildren[index];
    if (!twin) return;
    if (!isShown(child)) twin.remove();
    else inlineStyles(child, twin);
  });
}

/** Attributes that make sense only on the live page (focus, roles, handlers' hooks). */
const LIVE_ONLY = ['tabindex', 'role', 'aria-label', 'aria-hidden', 'aria-pressed', 'aria-current', 'focusable'];

export function stripLiveAttributes(root: Element): void {
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const name of LIVE_ONLY) element.removeAttribute(name);
  }
}
