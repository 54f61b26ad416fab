// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { select } from 'd3-selection';
import type { MapNode } from '../../../src/analysis';
import { createLabelPainter, type LabelState } from '../../../src/map/render/labelPainter';
import type { LayoutGeometry } from '../../../src/map/layout/createLayout';

const SVG_NS = 'http://www.w3.org/2000/svg';
const nodes: MapNode[] = [
  { id: 'housing', label: 'No settled accommodation on release', kind: 'factor', degree: 3 } as MapNode,
  { id: 'mentor', label: 'Peer mentoring through the gate', kind: 'intervention', degree: 2 } as MapNode,
];
const geometry = { factorChars: new Map<string, number>(), labelChars: 18 } as unknown as LayoutGeometry;

function paintedLabels() {
  const svg = document.createElementNS(SVG_NS, 'svg');
  const group = document.createElementNS(SVG_NS, 'g');
  svg.append(group);
  const labels = select(group)
    .selectAll<SVGTextElement, MapNode>('text')
    .data(nodes)
    .join('text')
    .attr('data-label-for', (n) => n.id);
  const paint = createLabelPainter({ nodes, geometry, radiusOf: () => 8 });
  return { group, paint: (state: Partial<LabelState>) => paint(labels, { ...base, ...state }) };
}

const base: LabelState = {
  positions: new Map([
    ['housing', { x: 0, y: 0 }],
    ['mentor', { x: 0, y: 400 }],
  ]),
  visible: new Set(['housing', 'mentor']),
  selectedId: null,
  hoveredId: null,
  traced: null,
  scale: 1,
};

const linesOf = (group: Element, id: string) => Array.from(group.querySelectorAll(`[data-label-for="${id}"] tspan`));

describe('the SVG label painter', () => {
  it('moves a label in a zoom without rewriting its words, and rewrites them when they change', () => {
    const { group, paint } = paintedLabels();
    paint({});
    const before = linesOf(group, 'mentor');
    const xBefore = before[0]!.getAttribute('x');
    const wordsBefore = before.map((t) => t.textContent);
    const textNodes = before.map((t) => t.firstChild);
    expect(wordsBefore.join(' ')).toContain('Peer');

    // A zoom: the same words, at another size and place.
    paint({ scale: 2, positions: new Map([['housing', { x: 10, y: 0 }], ['mentor', { x: 10, y: 400 }]]) });
    const zoomed = linesOf(group, 'mentor');
    expect(zoomed.map((t) => t.textContent)).toEqual(wordsBefore);
    // The very same text nodes: the words were not set again.
    zoomed.forEach((t, i) => expect(t.firstChild).toBe(textNodes[i]));
    // Moved with its node: placed afresh, not left where it was.
    expect(zoomed[0]!.getAttribute('x')).not.toBe(xBefore);
    expect(Number(zoomed[0]!.getAttribute('x'))).toBeGreaterThan(10);

    // Pointing at the intervention shows its name in full: the words change, so they are rewritten.
    paint({ scale: 2, hoveredId: 'mentor', positions: new Map([['housing', { x: 10, y: 0 }], ['mentor', { x: 10, y: 400 }]]) });
    const full = linesOf(group, 'mentor').map((t) => t.textContent).join(' ');
    expect(full).toBe('Peer mentoring through the gate');
  });
});
