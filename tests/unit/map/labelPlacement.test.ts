import { describe, expect, it } from 'vitest';
import { ALWAYS, labelBox, placeLabels, type LabelCandidate } from '../../../src/map/render/labelPlacement';
import { journeyLayout, LABEL_FONT } from '../../../src/map/layout/journeyLayout';
import { wrapInFull } from '../../../src/map/render/wrapLabel';
import { nodeRadius } from '../../../src/map/nodeGeometry';
import { buildMapGraph } from '../../../src/analysis';
import { smallMap } from '../../fixtures/loadFixture';

const overlap = (a: ReturnType<typeof labelBox>, b: ReturnType<typeof labelBox>) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function grid(n: number, spacing: number, font = 12): LabelCandidate[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    at: { x: (i % 5) * spacing, y: Math.floor(i / 5) * spacing },
    radius: 8,
    lines: ['A fairly long label', 'on two lines'],
    side: 'right' as const,
    font,
    priority: i,
  }));
}

describe('label placement: labels never pile on each other', () => {
  it('shows no two overlapping labels, and never a label over another node', () => {
    const candidates = grid(25, 60);
    const shown = placeLabels(candidates);
    const boxes = candidates.filter((c) => shown.has(c.id)).map((c) => labelBox(c));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
    for (const c of candidates.filter((c) => shown.has(c.id))) {
      for (const other of candidates) {
        if (other.id === c.id) continue;
        const node = { x0: other.at.x - 8, y0: other.at.y - 8, x1: other.at.x + 8, y1: other.at.y + 8 };
        expect(overlap(labelBox(c), node)).toBe(false);
      }
    }
  });

  it('hides the least connected labels first when they take more room (zoomed out), never shortening them', () => {
    const roomy = placeLabels(grid(25, 200));
    const crowded = placeLabels(grid(25, 200, 40));
    expect(roomy.size).toBe(25);
    expect(crowded.size).toBeLessThan(25);
    expect(crowded.has('n24')).toBe(true);
  });

  it('always shows the outcome’s and the selected node’s label', () => {
    const candidates = grid(25, 10).map((c) => (c.id === 'n0' ? { ...c, priority: ALWAYS } : c));
    expect(placeLabels(candidates).has('n0')).toBe(true);
  });

  it('the journey layout leaves room for every factor’s full label at its own size', () => {
    const dataset = smallMap();
    const graph = buildMapGraph(dataset);
    const layout = journeyLayout({ nodes: graph.nodes, edges: graph.edges, stageCount: dataset.vocabularies.stages.length });
    const candidates: LabelCandidate[] = graph.nodes
      .filter((n) => n.kind === 'factor')
      .map((n) => ({
        id: n.id,
        at: layout.positions.get(n.id)!,
        radius: nodeRadius(n),
        lines: wrapInFull(n.label, layout.geometry.factorChars.get(n.id) ?? layout.geometry.labelChars),
        side: 'right' as const,
        font: LABEL_FONT,
        priority: n.degree,
      }));
    expect(placeLabels(candidates).size).toBe(candidates.length);
    for (const c of candidates) expect(c.lines.join(' ')).toBe(graph.nodes.find((n) => n.id === c.id)!.label);
  });
});
