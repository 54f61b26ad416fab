// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { smallMap } from '../../fixtures/loadFixture';
import { impactMap } from '../../fixtures/loadImpactFixture';
import { mapGraphOf } from '../../../src/store';
import { mapForExport } from '../../../src/map/exportMap';
import { mapPicture } from '../../../src/ui/Export/exportPicture';
import { legendSamples } from '../../../src/ui/Export/legendSamples';
import { snapshotSvg } from '../../../src/ui/Export/svgSnapshot';
import { viewSnapshot } from '../../../src/ui/Export/viewSnapshot';
import { COLOURS, DASHES } from '../../../src/map/tokens';
import type { Dataset } from '../../../src/model';

/**
 * Issue 25: an image of the map is made from its scene, whatever the page shows and whatever its
 * stylesheet says. jsdom applies no stylesheet and lays nothing out, so what this export holds is
 * what it carries itself.
 */
describe('an advocate’s SVG export of the map, made with no stylesheet at all', () => {
  it('carries each mark’s look, keeps every shown node, and draws the legend’s lines with the map’s dashes', () => {
    const map = mapForExport(smallMap(), 'view')!;
    const hiddenLabels = [...map.svg.querySelectorAll('text.map-label')].filter((label) => label.getAttribute('display') === 'none').length;
    const shownLabels = map.svg.querySelectorAll('text.map-label').length - hiddenLabels;
    let svg: string;
    try {
      svg = snapshotSvg({
        picture: mapPicture(map),
        title: 'Where housing money acts',
        description: ['Whole map'],
        legend: [
          { label: 'Link: more leads to more (+)', sample: 'link-positive' },
          { label: 'Link: more leads to less (−)', sample: 'link-negative' },
          { label: 'Link inferred by the map’s authors (paler, dotted)', sample: 'link-inferred' },
        ],
        attribution: ['Fixture map for tests'],
        background: 'white',
      }).svg;
    } finally {
      map.dispose();
    }
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelectorAll('style, link, [style]')).toHaveLength(0);
    // The map's ground under the picture, and its marks in the tokens' colours.
    expect(doc.querySelector(`rect[fill="${COLOURS.mapBackground}"]`)).not.toBeNull();
    const links = [...doc.querySelectorAll('path.map-edge')];
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) expect(link.getAttribute('stroke')).toBe(COLOURS.linkEdge);
    expect(doc.querySelector('path.map-edge--negative:not(.map-edge--inferred)')?.getAttribute('stroke-dasharray')).toBe(DASHES.negative.join(' '));
    for (const shape of doc.querySelectorAll('.map-node:not(.map-node--outcome) .map-node-shape')) expect(shape.getAttribute('stroke')).toBe(COLOURS.ink);
    // Labels the layout left out are not in the picture; the rest are, each once.
    expect(doc.querySelectorAll('text.map-label')).toHaveLength(shownLabels);
    expect(doc.querySelectorAll('[display="none"]')).toHaveLength(0);
    // The legend's opposite and inferred lines are the map's own dashes.
    const swatches = [...doc.querySelectorAll('line')].map((line) => [line.getAttribute('stroke'), line.getAttribute('stroke-dasharray')]);
    expect(swatches).toEqual([
      [COLOURS.linkEdge, null],
      [COLOURS.linkEdge, DASHES.negative.join(' ')],
      [COLOURS.linkEdge, DASHES.inferred.join(' ')],
    ]);
  });
});

/** The whole map of a dataset exported with its legend, every node shown, parsed back. */
function exportWithLegend(dataset: Dataset): Document {
  const map = mapForExport(dataset, 'view')!;
  try {
    const shown = new Set(mapGraphOf(dataset).nodes.map((n) => n.id));
    const { svg } = snapshotSvg({
      picture: mapPicture(map),
      title: 'What harms and what helps',
      description: ['Whole map'],
      legend: legendSamples(dataset, map.svg, shown),
      attribution: ['Impact fixture'],
      background: 'white',
    });
    return new DOMParser().parseFromString(svg, 'image/svg+xml');
  } finally {
    map.dispose();
  }
}

/** The box a swatch's shapes (or those of them matching `only`) fill where the legend draws them, strokes aside, read from their own attributes. */
function drawnBox(swatch: Element, only = '*') {
  const [scale, dx, dy] = (/scale\(([-\d.]+)\) translate\(([-\d.]+),([-\d.]+)\)/.exec(swatch.getAttribute('transform') ?? '') ?? []).slice(1).map(Number);
  const points: [number, number][] = [];
  const number = (el: Element, name: string) => Number(el.getAttribute(name) ?? 0);
  for (const circle of swatch.querySelectorAll(`circle:is(${only})`)) {
    const [x, y, r] = [number(circle, 'cx'), number(circle, 'cy'), number(circle, 'r')];
    points.push([x - r, y - r], [x + r, y + r]);
  }
  for (const line of swatch.querySelectorAll(`line:is(${only})`)) points.push([number(line, 'x1'), number(line, 'y1')], [number(line, 'x2'), number(line, 'y2')]);
  for (const shape of swatch.querySelectorAll(`path.map-node-shape:is(${only})`)) {
    const values = (shape.getAttribute('d') ?? '').match(/-?[\d.]+/g)!.map(Number);
    for (let i = 0; i < values.length; i += 2) points.push([values[i]!, values[i + 1]!]);
  }
  const xs = points.map(([x]) => scale! * (x + dx!));
  const ys = points.map(([, y]) => scale! * (y + dy!));
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

describe('an export’s legend, drawn with the map off the page', () => {
  it('keys each kind with its own mark, scaled to the 16-pixel swatch whatever the node’s size, harm crossed out and no effect struck through', () => {
    const doc = exportWithLegend(impactMap());
    const rows = [...doc.querySelectorAll('svg > g[transform^="translate("]')]
      .map((row) => ({ swatch: row.querySelector(':scope > g[transform^="scale("]'), words: row.nextElementSibling?.textContent ?? '' }))
      .filter((row): row is { swatch: Element; words: string } => row.swatch !== null);
    const words = rows.map((row) => row.words);
    expect(words).toEqual(expect.arrayContaining(['Factor, Outcome', expect.stringMatching(/^Intervention, /), expect.stringMatching(/^Evidence: /), expect.stringMatching(/^Impact: harmful/), expect.stringMatching(/^Impact: no clear effect/)]));
    const diamonds: number[] = [];
    for (const { swatch, words: label } of rows) {
      const box = drawnBox(swatch);
      // Inside its 16-pixel swatch, about its middle: nothing reaches the words or the next row.
      for (const edge of [box.left, box.top]) expect(edge, label).toBeGreaterThanOrEqual(-8.01);
      for (const edge of [box.right, box.bottom]) expect(edge, label).toBeLessThanOrEqual(8.01);
      expect((box.left + box.right) / 2, label).toBeCloseTo(0, 2);
      const diamond = drawnBox(swatch, 'path.map-node-shape');
      if (Number.isFinite(diamond.right)) diamonds.push(diamond.right - diamond.left);
      if (/^Impact: /.test(label)) continue;
      // A factor, the outcome in its ring, an intervention under its row of pips: the mark fills the swatch.
      expect(Math.max(box.right - box.left, box.bottom - box.top), label).toBeCloseTo(16, 1);
    }
    // Harm and no clear effect show the cross or the bar, at the size of every other intervention, without the word the map sets beside them.
    const caution = (pattern: RegExp) => rows.find((row) => pattern.test(row.words))!.swatch;
    expect(caution(/^Impact: harmful/).querySelectorAll('line.map-caution-line')).toHaveLength(2);
    expect(caution(/^Impact: no clear effect/).querySelectorAll('line.map-caution-line')).toHaveLength(1);
    expect(rows.flatMap((row) => [...row.swatch.querySelectorAll('.map-caution-tag, text')])).toEqual([]);
    expect(diamonds.length).toBeGreaterThan(3);
    for (const width of diamonds) expect(width).toBeCloseTo(diamonds[0]!, 2);
  });

  it('adds nothing to the page while the image is made', () => {
    const dataset = impactMap();
    const page = document.body.innerHTML;
    const added: Node[] = [];
    const watch = new MutationObserver((records) => added.push(...records.flatMap((r) => [...r.addedNodes])));
    watch.observe(document, { childList: true, subtree: true });
    const snapshot = viewSnapshot({
      dataset,
      title: 'What harms and what helps',
      framing: 'view',
      background: 'white',
      description: ['Whole map'],
      attribution: ['Impact fixture'],
      shownNodes: new Set(mapGraphOf(dataset).nodes.map((n) => n.id)),
    });
    added.push(...watch.takeRecords().flatMap((r) => [...r.addedNodes]));
    watch.disconnect();
    expect(snapshot?.svg).toContain('Legend');
    expect(snapshot?.svg).toMatch(/<g transform="scale\(/);
    expect(added).toEqual([]);
    expect(document.body.innerHTML).toBe(page);
  });
});
