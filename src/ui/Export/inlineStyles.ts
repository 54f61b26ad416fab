import type { ExportPicture } from './exportPicture';
import { LOOK_PROPERTIES } from '../../map/render/svgLooks';

/**
 * The look of a picture on the page (the impact chart), copied off the page: its computed styles
 * set on a clone as presentation attributes, so the exported SVG needs no stylesheet and no viewer
 * (nor a CSP) can lose them. The map does not come this way: it is drawn from its scene carrying
 * its own look (src/map/render/svgLooks.ts), whatever the page shows.
 */

/** The properties the map's own look sets (display aside: what is hidden is left out, not copied). */
const PAINT_PROPERTIES = LOOK_PROPERTIES.filter((property) => property !== 'display');

/** Fonts that every viewer has: the exported text stays text, and looks the same anywhere. */
export const PORTABLE_FONT = 'Arial, Helvetica, "Liberation Sans", sans-serif';

/** Is an element on the page drawn at all? Hidden, culled or leaving elements are not part of what the view shows. */
function isShown(element: Element): boolean {
  const style = getComputedStyle(element);
  return style.display !== 'none' && !element.classList.contains('is-leaving') && !element.classList.contains('is-hidden');
}

/** Copies the look of `source` (a live element) and its descendants onto `target` (its deep clone). */
function inlineStyles(source: Element, target: Element): void {
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

/** A picture on the page, as an export copies it: at its size on screen, on its own background. */
export function pagePicture(svg: SVGSVGElement): ExportPicture {
  const background = getComputedStyle(svg).backgroundColor;
  return {
    svg,
    width: Math.round(svg.clientWidth || svg.getBoundingClientRect().width),
    height: Math.round(svg.clientHeight || svg.getBoundingClientRect().height),
    background: background && background !== 'rgba(0, 0, 0, 0)' ? background : null,
    copy(element) {
      if (!isShown(element)) return null;
      const twin = element.cloneNode(true) as Element;
      inlineStyles(element, twin);
      return twin;
    },
  };
}

/** Attributes that make sense only on the live page (focus, roles, handlers' hooks). */
const LIVE_ONLY = ['tabindex', 'role', 'aria-label', 'aria-hidden', 'aria-pressed', 'aria-current', 'focusable'];

export function stripLiveAttributes(root: Element): void {
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const name of LIVE_ONLY) element.removeAttribute(name);
  }
}
