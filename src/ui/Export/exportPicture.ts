import type { MapForExport } from '../../map/exportMap';
import { isDrawn } from '../../map/render/svgLooks';

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

/**
 * The map drawn from its scene, as an export copies it: it carries its look already (svgLooks.ts),
 * so a copy is a clone less what the look hides (labels that did not fit) and what is leaving.
 */
export function mapPicture(map: MapForExport): ExportPicture {
  return {
    svg: map.svg,
    width: map.width,
    height: map.height,
    background: map.background,
    copy(element) {
      if (!isDrawn(element)) return null;
      const twin = element.cloneNode(true) as Element;
      for (const hidden of twin.querySelectorAll('*')) if (!isDrawn(hidden)) hidden.remove();
      for (const styled of [twin, ...twin.querySelectorAll('[style]')]) styled.removeAttribute('style');
      return twin;
    },
  };
}
