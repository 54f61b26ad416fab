import type { MapForExport } from '../../map/exportMap';
import { applyLooks, isDrawn, parseLooks, type LookRule } from '../../map/render/svgLooks';

/** A picture an export is made of (the map, or a chart), and how to copy its parts with their look. */
export interface ExportPicture {
  svg: SVGSVGElement;
  width: number;
  height: number;
  /** What the picture is drawn on, laid under it on a white export; null for nothing. */
  background: string | null;
  /** One of its elements (and all in it) as the export holds it, its look in presentation attributes; null when not drawn. */
  copy(element: Element): Element | null;
}

/** A copy of an element that carries its look, less what the look hides (labels that did not fit) and what is leaving. */
function drawnCopy(styled: Element): Element | null {
  if (!isDrawn(styled)) return null;
  const twin = styled.cloneNode(true) as Element;
  for (const hidden of twin.querySelectorAll('*')) if (!isDrawn(hidden)) hidden.remove();
  for (const element of [twin, ...twin.querySelectorAll('[style]')]) element.removeAttribute('style');
  return twin;
}

/** The map drawn from its scene, as an export copies it: it carries its look already (svgLooks.ts). */
export function mapPicture(map: MapForExport): ExportPicture {
  return { svg: map.svg, width: map.width, height: map.height, background: map.background, copy: drawnCopy };
}

/**
 * A picture on the page (the impact chart) whose look is its own stylesheet's, given to its copies
 * by the same cascade the map's export runs: the page's computed styles are never read, and the
 * export shows the picture as its rules draw it, whatever state the page is in.
 */
export function stylesheetPicture(svg: SVGSVGElement, stylesheet: string, background: string | null): ExportPicture {
  const rules: readonly LookRule[] = parseLooks(stylesheet);
  return {
    svg,
    width: Number(svg.getAttribute('width')),
    height: Number(svg.getAttribute('height')),
    background,
    copy(element) {
      const twin = element.cloneNode(true) as Element;
      applyLooks(element, rules, twin);
      return drawnCopy(twin);
    },
  };
}
