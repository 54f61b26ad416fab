import type { Selection } from 'd3-selection';
import type { MapNode } from '../../analysis';
import { inkOn } from '../glyphs';
import { diamondPath, glyphRingRadius, glyphScale, outcomeRingRadius, pipCentre, PIP_RADIUS } from '../nodeGeometry';
import type { Appearance } from '../nodeAppearance';
import { cautionGeometry, type Caution } from './cautionMark';

export interface ShapeOptions {
  radius(id: string): number;
  appearance(node: MapNode): Appearance;
  /** Filled pips of an intervention's evidence (0 = testimony), or undefined for a factor. */
  pips(node: MapNode): number | undefined;
  pipCount: number;
  /** Harm or no clear effect on reoffending: crossed or struck through, a word for the pips (cautionMark.ts). */
  caution?(node: MapNode): Caution | undefined;
  outcome: string | undefined;
}


/**
 * A node's marks: a circle (factor) or diamond (intervention) in its vocabulary's colour, the
 * vocabulary's glyph inside it, a row of evidence pips above an intervention (filled from the
 * left: none for testimony, all for strong), and a double ring round the outcome. An intervention
 * found harmful or without clear effect is crossed out or struck through instead, with a word
 * where its pips would be (cautionMark.ts).
 */
export function paintShapes(created: Selection<SVGGElement, MapNode, SVGGElement, unknown>, options: ShapeOptions): void {
  created.each(function (n) {
    const g = this as SVGGElement;
    const ns = 'http://www.w3.org/2000/svg';
    const add = <K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] => {
      const el = document.createElementNS(ns, name);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
      g.appendChild(el);
      return el;
    };
    const r = options.radius(n.id);
    const look = options.appearance(n);
    if (n.id === options.outcome) add('circle', { class: 'map-outcome-ring', r: outcomeRingRadius(r) });
    if (n.kind === 'factor') add('circle', { class: 'map-node-shape', r, fill: look.colour });
    else add('path', { class: 'map-node-shape', d: diamondPath(r), fill: look.colour });
    add('path', { class: 'map-glyph', d: look.glyph, fill: inkOn(look.colour), transform: `scale(${glyphScale(n.kind, r).toFixed(2)})` });
    if (look.ringed) add('circle', { class: 'map-glyph-ring', r: glyphRingRadius(r), stroke: inkOn(look.colour) });
    const caution = options.caution?.(n);
    if (caution) {
      const mark = cautionGeometry(caution, r);
      for (const cls of ['map-caution-halo', 'map-caution-line']) {
        for (const [x1, y1, x2, y2] of mark.lines) add('line', { class: cls, x1, y1, x2, y2 });
      }
      const tag = add('g', { class: `map-caution-tag map-caution-tag--${caution}` });
      const rect = document.createElementNS(ns, 'rect');
      for (const [k, v] of Object.entries({ x: mark.tag.x, y: mark.tag.y, width: mark.tag.width, height: mark.tag.height, rx: 2 })) rect.setAttribute(k, String(v));
      const text = document.createElementNS(ns, 'text');
      for (const [k, v] of Object.entries({ x: mark.tag.x + mark.tag.width / 2, y: mark.tag.y + mark.tag.height / 2, 'text-anchor': 'middle', 'dominant-baseline': 'central' })) text.setAttribute(k, String(v));
      text.textContent = mark.tag.text;
      tag.append(rect, text);
      return;
    }
    const filled = options.pips(n);
    if (filled === undefined) return;
    for (let i = 0; i < options.pipCount; i++) {
      const at = pipCentre(i, options.pipCount, r);
      add('circle', { class: `map-pip${i < filled ? ' is-filled' : ''}`, cx: at.x, cy: at.y, r: PIP_RADIUS });
    }
  });
}
