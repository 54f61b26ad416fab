// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { smallMap } from '../../fixtures/loadFixture';
import { mapForExport } from '../../../src/map/exportMap';
import { mapPicture } from '../../../src/ui/Export/exportPicture';
import { snapshotSvg } from '../../../src/ui/Export/svgSnapshot';
import { COLOURS, DASHES } from '../../../src/map/tokens';

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
