// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { smallMap } from '../../fixtures/loadFixture';
import { layoutForDataset } from '../../../src/map/layout/datasetLayout';
import { painterLooks } from '../../../src/map/painterLooks';
import { createSvgPainter } from '../../../src/map/render/svgPainter';
import { emptyScene } from '../../../src/map/render/scene';

/**
 * The map's first picture is painted before its nodes listen for the pointer and its links get
 * their wide click targets (nothing can be pointed at before it is seen); once it is on screen,
 * clicking a node or a link selects it as before.
 */
describe('a map that becomes pointable once its first picture is painted', () => {
  function drawn() {
    const dataset = smallMap();
    const layout = layoutForDataset(dataset);
    layout.settle();
    const looks = painterLooks(dataset);
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const root = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    svg.append(root);
    document.body.append(svg);
    const selected: string[] = [];
    let ready = () => {};
    const none = () => {};
    const painter = createSvgPainter({
      ...looks,
      root,
      geometry: layout.geometry(),
      animate: () => false,
      events: { onSelect: (id) => selected.push(id), onHover: none, onDragStart: none, onDrag: none, onDragEnd: none, onRelease: none },
      pointable: (done) => {
        ready = done;
        return none;
      },
    });
    painter.render({ ...emptyScene(looks), positions: layout.positions() });
    return { root, selected, ready: () => ready(), links: looks.edges.filter((e) => e.kind === 'link').length, dispose: () => (painter.destroy(), svg.remove()) };
  }

  it('draws every node, link and label at once, and adds the click targets once painted', () => {
    const map = drawn();
    expect(map.root.querySelectorAll('g.map-node[data-id]').length).toBeGreaterThan(0);
    expect(map.links).toBeGreaterThan(0);
    expect(map.root.querySelectorAll('path.map-edge').length).toBe(map.links);
    expect(map.root.querySelectorAll('path.map-edge-hit')).toHaveLength(0);
    map.ready();
    const hits = map.root.querySelectorAll<SVGPathElement>('path.map-edge-hit');
    expect(hits).toHaveLength(map.links);
    // Each target lies on its link's own curve.
    const curves = new Set([...map.root.querySelectorAll('path.map-edge')].map((p) => p.getAttribute('d')));
    for (const hit of hits) expect(curves.has(hit.getAttribute('d'))).toBe(true);
    map.dispose();
  });

  it('selects a clicked node once painted', () => {
    const map = drawn();
    const node = map.root.querySelector<SVGGElement>('g.map-node[data-id]')!;
    map.ready();
    node.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(map.selected).toEqual([node.getAttribute('data-id')]);
    // Its accessible name is written once, with the picture.
    expect(node.getAttribute('aria-label')).toMatch(/^(Factor|Intervention): /);
    map.dispose();
  });
});
