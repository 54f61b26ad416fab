// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { smallMap } from '../../fixtures/loadFixture';
import { highlightOf, impactOf, mapGraphOf, visibilityOf } from '../../../src/store';
import { NO_FILTER } from '../../../src/analysis';
import { layoutForDataset } from '../../../src/map/layout/datasetLayout';
import { painterLooks } from '../../../src/map/painterLooks';
import { wholeBounds } from '../../../src/map/fitBounds';
import { drawSceneSvg } from '../../../src/map/render/drawSceneSvg';
import { mapForExport } from '../../../src/map/exportMap';
import { exportFrame } from '../../../src/map/render/exportFrame';
import { emptyScene, type MapScene } from '../../../src/map/render/scene';
import type { Dataset } from '../../../src/model';

/**
 * Pictures of small scenes, drawn as an export draws them (drawSceneSvg.ts), kept as SVG files
 * beside this test (Observable Plot's habit): a change to a painter, a mark's geometry or the
 * scene shows as a diff of the picture. Numbers are rounded to a tenth, so only a visible change
 * counts; run `npx vitest run tests/unit/map/sceneSvg.test.ts -u` to accept one on purpose.
 */
function picture(dataset: Dataset, scene: (base: MapScene) => MapScene): string {
  const layout = layoutForDataset(dataset);
  layout.settle();
  const looks = painterLooks(dataset);
  const base: MapScene = { ...emptyScene(looks), positions: layout.positions() };
  const drawn = scene(base);
  const frame = exportFrame(wholeBounds(layout.geometry(), drawn.positions));
  const stageLabels = dataset.vocabularies.stages.map((s) => s.label);
  const map = drawSceneSvg({ ...looks, geometry: layout.geometry(), stageLabels }, drawn, frame);
  try {
    return normalised(map.svg);
  } finally {
    map.dispose();
  }
}

/** One element a line, indented by depth, attributes sorted, numbers to a tenth: a picture that diffs well. */
function normalised(root: Element): string {
  // Marker ids count the painters made so far in this process: a picture does not depend on which tests ran before it.
  const round = (text: string) => text.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10 || 0)).replace(/\bmap\d+-arrow/g, 'map-arrow');
  const lines: string[] = [];
  const walk = (element: Element, depth: number) => {
    const attributes = [...element.attributes]
      .filter((a) => a.name !== 'style')
      .map((a) => `${a.name}="${round(a.value)}"`)
      .sort();
    const text = [...element.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '').join('').trim();
    lines.push(`${'  '.repeat(depth)}<${element.tagName}${attributes.length ? ' ' + attributes.join(' ') : ''}>${text}`);
    for (const child of element.children) walk(child, depth + 1);
  };
  walk(root, 0);
  return lines.join('\n') + '\n';
}

describe('the map drawn from a scene, as a picture', () => {
  it('draws the whole map: every node with its marks, its links and its label', async () => {
    const dataset = smallMap();
    const svg = picture(dataset, (scene) => scene);
    // Every node once, by its id, and its label: the map's markup contract holds in an export too.
    for (const node of mapGraphOf(dataset).nodes) {
      expect(svg.match(new RegExp(`data-id="${node.id}"`, 'g'))).toHaveLength(1);
      expect(svg.match(new RegExp(`data-label-for="${node.id}"`, 'g'))).toHaveLength(1);
    }
    await expect(svg).toMatchFileSnapshot('__snapshots__/scene-whole.svg.txt');
  });

  it('draws a filtered, traced, what-if scene with a selection: only what is shown, and the marks that say so', async () => {
    const dataset = smallMap();
    const graph = mapGraphOf(dataset);
    const loop = dataset.loops?.[0]?.id ?? null;
    const fund = dataset.interventions.slice(0, 1).map((i) => i.id);
    const filter = { ...NO_FILTER, minEvidence: 'limited' as const };
    const visibility = visibilityOf(dataset, filter, null);
    const selected = dataset.factors[0]!.id;
    const svg = picture(dataset, (scene) => ({
      ...scene,
      visibility,
      highlight: highlightOf(dataset, loop, null),
      impact: impactOf(dataset, fund),
      display: { ...scene.display, selectedId: selected, neighbours: graph.neighbours, actionsFor: new Set(fund) },
    }));
    const hidden = graph.nodes.filter((n) => !visibility.nodes.has(n.id));
    for (const node of hidden) expect(svg).not.toContain(`data-id="${node.id}"`);
    expect(svg).toContain('is-selected');
    await expect(svg).toMatchFileSnapshot('__snapshots__/scene-marked.svg.txt');
  });

  it('exports the map with no map on screen (another view shown), drawn from the view state', () => {
    const dataset = smallMap();
    const map = mapForExport(dataset, 'view');
    expect(map).not.toBeNull();
    // Drawn off the page: nothing of it is in the document, now or after.
    expect(map!.svg.isConnected).toBe(false);
    try {
      const ids = [...map!.svg.querySelectorAll('[data-id]')].map((el) => el.getAttribute('data-id')).sort();
      expect(ids).toEqual(mapGraphOf(dataset).nodes.map((n) => n.id).sort());
    } finally {
      map!.dispose();
    }
    expect(document.querySelector('svg')).toBeNull();
  });
});
