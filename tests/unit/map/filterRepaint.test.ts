// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { smallMap } from '../../fixtures/loadFixture';
import { layoutForDataset } from '../../../src/map/layout/datasetLayout';
import { painterLooks } from '../../../src/map/painterLooks';
import { createSvgPainter } from '../../../src/map/render/svgPainter';
import { emptyScene, type MapScene } from '../../../src/map/render/scene';
import { initialDisplay } from '../../../src/map/render/displayState';

/**
 * A filter change repaints only the items it brings back (their place, marks and state); the items
 * that stay are left as they are. What a person sees must be the very picture a full repaint of
 * the same scene draws: a returning node in its place, with its what-if mark, name and state.
 */
describe('a filter change on the SVG map', () => {
  const dataset = smallMap();
  const layout = layoutForDataset(dataset);
  layout.settle();
  const looks = painterLooks(dataset);
  const none = () => {};

  function painter() {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const root = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    svg.append(root);
    document.body.append(svg);
    const painted = createSvgPainter({
      ...looks,
      root,
      geometry: layout.geometry(),
      animate: () => false,
      events: { onSelect: none, onHover: none, onDragStart: none, onDrag: none, onDragEnd: none, onRelease: none },
    });
    return { root, render: (scene: MapScene) => painted.render(scene), dispose: () => (painted.destroy(), svg.remove()) };
  }

  const intervention = looks.nodes.find((n) => n.kind === 'intervention')!;
  const factor = looks.nodes.find((n) => n.kind === 'factor')!;
  // Everything shown, a factor selected, the intervention and the factor marked by a what-if.
  const whole: MapScene = {
    ...emptyScene(looks),
    positions: layout.positions(),
    display: { ...initialDisplay(), selectedId: factor.id, actionsFor: new Set([intervention.id]) },
    impact: new Map([
      [factor.id, -0.6],
      [intervention.id, 0.5],
    ]),
  };
  // The filter hides the intervention and its links, and dims a factor.
  const filtered: MapScene = {
    ...whole,
    visibility: {
      nodes: new Set(looks.nodes.filter((n) => n.id !== intervention.id).map((n) => n.id)),
      edges: new Set(looks.edges.filter((e) => e.from !== intervention.id && e.to !== intervention.id).map((e) => e.id)),
      dimmed: new Set([factor.id]),
    },
  };

  it('draws the items a filter brings back exactly as a full repaint of the same scene draws them', () => {
    const changed = painter();
    changed.render(whole);
    changed.render(filtered);
    expect(changed.root.querySelector(`[data-id="${intervention.id}"]`)).toBeNull();
    expect(changed.root.querySelector(`[data-label-for="${factor.id}"]`)!.classList.contains('is-dimmed')).toBe(true);
    // The filter cleared: a new visibility object, all else the very same objects.
    changed.render({ ...filtered, visibility: { ...whole.visibility } });
    const fresh = painter();
    fresh.render({ ...whole, visibility: { ...whole.visibility } });
    const back = changed.root.querySelector(`[data-id="${intervention.id}"]`)!;
    expect(back.getAttribute('transform')).toMatch(/^translate\(/);
    expect(back.getAttribute('aria-label')).toContain('What if: rises.');
    expect(changed.root.querySelector(`[data-label-for="${factor.id}"]`)!.classList.contains('is-dimmed')).toBe(false);
    // Each painter names its own arrowheads (map1-…, map2-…); the rest must match to the letter.
    const picture = (root: Element) => root.innerHTML.replace(/map\d+-arrow/g, 'map-arrow');
    expect(picture(changed.root)).toBe(picture(fresh.root));
    changed.dispose();
    fresh.dispose();
  });
});
