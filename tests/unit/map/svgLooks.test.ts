// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { smallMap } from '../../fixtures/loadFixture';
import { highlightOf } from '../../../src/store';
import { layoutForDataset } from '../../../src/map/layout/datasetLayout';
import { painterLooks } from '../../../src/map/painterLooks';
import { wholeBounds } from '../../../src/map/fitBounds';
import { drawSceneSvg } from '../../../src/map/render/drawSceneSvg';
import { exportFrame } from '../../../src/map/render/exportFrame';
import { emptyScene, type MapScene } from '../../../src/map/render/scene';
import { LOOK_PROPERTIES, applyLooks, mapLooks, parseLooks, specificity } from '../../../src/map/render/svgLooks';
import { COLOURS, DASHES } from '../../../src/map/tokens';

/**
 * Issue 25: an exported map carries its look itself, from map.css's own rules with the tokens'
 * values, without the page's stylesheet: here in jsdom, where no stylesheet applies at all, a
 * small scene exports with the strokes, dashes and fills a person sees on screen.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const dash = (name: keyof typeof DASHES) => DASHES[name].join(' ');

/** The small map drawn for export with whatever the scene adds, and its elements' presentation attributes. */
function exported(scene: (base: MapScene) => MapScene) {
  const dataset = smallMap();
  const layout = layoutForDataset(dataset);
  layout.settle();
  const looks = painterLooks(dataset);
  const drawn = scene({ ...emptyScene(looks), positions: layout.positions() });
  const stageLabels = dataset.vocabularies.stages.map((s) => s.label);
  const map = drawSceneSvg({ ...looks, geometry: layout.geometry(), stageLabels }, drawn, exportFrame(wholeBounds(layout.geometry(), drawn.positions)));
  const svg = map.svg.cloneNode(true) as SVGSVGElement;
  map.dispose();
  const look = (selector: string) => {
    const element = svg.querySelector(selector);
    if (!element) throw new Error(`the export holds no ${selector}`);
    return Object.fromEntries(['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-weight'].map((name) => [name, element.getAttribute(name)]));
  };
  return { dataset, svg, look };
}

describe('an exported map carries its own look (no stylesheet, no page)', () => {
  it('draws a negative link dashed, an inferred one dotted and paler, an intervention’s link blue, and the outcome ringed', () => {
    const dataset = smallMap();
    const acting = dataset.interventions.map((i) => i.id);
    const { look } = exported((scene) => ({ ...scene, display: { ...scene.display, actionsFor: new Set(acting) } }));
    expect(look('path.map-edge--negative:not(.map-edge--inferred)')).toMatchObject({ stroke: COLOURS.linkEdge, 'stroke-dasharray': dash('negative'), 'stroke-width': '1.3', fill: 'none', opacity: '0.9' });
    expect(look('path.map-edge--inferred:not(.map-edge--negative)')).toMatchObject({ stroke: COLOURS.linkEdge, 'stroke-dasharray': dash('inferred'), opacity: '0.68' });
    expect(look('path.map-edge--action')).toMatchObject({ stroke: COLOURS.actionEdge, 'stroke-width': '1.1', opacity: '0.95', fill: 'none' });
    expect(look('path.map-edge--action')['stroke-dasharray']).toBeNull();
    expect(look('.map-node--outcome .map-node-shape')).toMatchObject({ stroke: COLOURS.outcomeRing, 'stroke-width': '2.5' });
    expect(look('.map-node--outcome .map-outcome-ring')).toMatchObject({ fill: COLOURS.outcomeRingFill, stroke: COLOURS.outcomeRing });
    // Its arrowheads are the links' colours, and a plain node keeps the ink outline.
    expect(look('.map-arrow--action path').fill).toBe(COLOURS.actionEdge);
    expect(look('.map-node--factor:not(.map-node--outcome) .map-node-shape')).toMatchObject({ stroke: COLOURS.ink, 'stroke-width': '1.2' });
  });

  it('draws a traced loop bold in the traced colour, keeping an opposite link’s dash, and fades the rest', () => {
    const dataset = smallMap();
    const loop = dataset.loops![0]!.id;
    const { svg, look } = exported((scene) => ({ ...scene, highlight: highlightOf(dataset, loop, null) }));
    expect(svg.querySelectorAll('path.map-edge.is-traced').length).toBeGreaterThan(0);
    expect(look('path.map-edge.is-traced:not(.map-edge--negative):not(.map-edge--inferred)')).toMatchObject({ stroke: COLOURS.traced, 'stroke-width': '3', opacity: '1', 'stroke-dasharray': 'none' });
    expect(look('.map-node.is-traced .map-node-shape')).toMatchObject({ stroke: COLOURS.traced, 'stroke-width': '3' });
    expect(look('path.map-edge.is-faded').opacity).toBe('0.06');
    const tracedNegative = svg.querySelector('path.map-edge.is-traced.map-edge--negative:not(.map-edge--inferred)');
    if (tracedNegative) expect(tracedNegative.getAttribute('stroke-dasharray')).toBe(dash('tracedNegative'));
  });

  it('gives a label its halo in pixels (not em) and hides, by attribute, a label the layout left out', () => {
    const { svg } = exported((scene) => scene);
    const label = svg.querySelector('text.map-label')!;
    expect(label.getAttribute('stroke')).toBe(COLOURS.halo);
    expect(label.getAttribute('stroke-width')).toBe(`${Number((0.3 * Number(label.getAttribute('font-size'))).toPrecision(6))}px`);
    const element = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    element.setAttribute('class', 'map-label is-hidden');
    applyLooks(element);
    expect(element.getAttribute('display')).toBe('none');
  });
});

describe('the look an export applies is map.css, the stylesheet the page draws the map with', () => {
  const css = readFileSync(join(root, 'src/map/map.css'), 'utf8');

  it('holds every picture property of every rule of map.css, with its tokens’ values (checked against the browser’s own parse)', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const expected = [...sheet.cssRules]
      .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule)
      .flatMap((rule) => {
        const look = LOOK_PROPERTIES.filter((name) => rule.style.getPropertyValue(name));
        return look.length === 0 ? [] : rule.selectorText.split(',').map((selector) => `${selector.trim()} ${look.map((name) => `${name}:${rule.style.getPropertyValue(name).replace(/\s+/g, ' ')}`).sort().join(';')}`);
      });
    const table = mapLooks().map((rule) => `${rule.selector} ${rule.look.map(([name, value]) => `${name}:${value}`).sort().join(';')}`);
    const withTokens = expected.map((line) => line.replace(/var\(--([a-z-]+)\)/g, (all) => tokenValue(all)));
    expect(expected.length).toBeGreaterThan(40);
    // Every value is drawable as it stands: no var() left for a viewer without the page's custom properties.
    expect(table.filter((line) => line.includes('var('))).toEqual([]);
    expect([...table].sort()).toEqual([...withTokens].sort());
  });

  it('is the page’s own stylesheet: the app loads map.css', () => {
    expect(readFileSync(join(root, 'src/app/styles.css'), 'utf8')).toContain("@import '../map/map.css';");
  });

  it('applies rules in cascade order: the more specific wins, then the later', () => {
    expect(specificity('.map-edge.map-edge--inferred.map-edge--negative')).toBeGreaterThan(specificity('.map-edge.map-edge--inferred'));
    expect(specificity('.map-caution-tag rect')).toBeGreaterThan(specificity('.map-pip'));
    expect(specificity('.map-node[data-dimmed] .map-node-shape')).toBe(specificity('.map-node.is-traced .map-node-shape'));
    const rules = parseLooks('.a.b { stroke: red; } .b { stroke: blue; fill: none } .a { stroke: green } @media (max-width: 1px) { .a { stroke: pink } }');
    const element = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    element.setAttribute('class', 'a b');
    element.setAttribute('fill', 'black');
    applyLooks(element, rules);
    expect(element.getAttribute('stroke')).toBe('red');
    // A rule beats what the painter set as an attribute, as a stylesheet does.
    expect(element.getAttribute('fill')).toBe('none');
  });

  it('refuses a token tokens.ts does not define, rather than drawing it black', () => {
    expect(() => parseLooks('.map-edge { stroke: var(--no-such-colour) }')).toThrow(/--no-such-colour/);
  });
});

/** A `var(--token)` as the build writes it, read back from the tokens. */
function tokenValue(reference: string): string {
  const name = reference.slice(6, -1);
  const camel = name.replace(/-([a-z])/g, (_all, c: string) => c.toUpperCase());
  if (camel.startsWith('dash')) return DASHES[(camel[4]!.toLowerCase() + camel.slice(5)) as keyof typeof DASHES].join(' ');
  return COLOURS[camel as keyof typeof COLOURS];
}
