import { describe, expect, it } from 'vitest';
import type { MapEdge, MapNode } from '../../../src/analysis';
import { journeyLayout, INTERVENTION_LABEL_FONT, INTERVENTION_RADIUS, interventionLines, LABEL_FONT } from '../../../src/map/layout/journeyLayout';
import { createLcg } from '../../../src/map/layout/lcg';
import { labelBox, placeLabels, type LabelCandidate } from '../../../src/map/render/labelPlacement';
import { wrapInFull } from '../../../src/map/render/wrapLabel';
import { nodeRadius } from '../../../src/map/nodeGeometry';

const WORDS = ['housing', 'recall', 'trust', 'support', 'release', 'benefits', 'mentors', 'employment', 'family', 'stigma', 'probation', 'substance', 'of', 'and', 'to', 'a'];

/** A made-up map of any size: labels of 2 to 8 words, factors spread unevenly over five stages. */
function syntheticGraph(factorCount: number, interventionCount: number, seed = 7): { nodes: MapNode[]; edges: MapEdge[] } {
  const random = createLcg(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const label = () => Array.from({ length: 2 + Math.floor(random() * 7) }, () => pick(WORDS)).join(' ');
  const factors: MapNode[] = Array.from({ length: factorCount }, (_, i) => ({
    id: `f${i}`,
    kind: 'factor',
    label: label(),
    group: 'd',
    // Uneven stages: the middle of the journey is the busiest, as in the bundled map.
    stageIndices: [Math.min(4, Math.floor(random() * random() * 5 + random() * 2.5))],
    degree: 0,
  }));
  const edges: MapEdge[] = [];
  for (let i = 0; i < factorCount * 2; i++) {
    const from = pick(factors);
    const to = pick(factors);
    if (from !== to) edges.push({ id: `l${i}`, kind: 'link', from: from.id, to: to.id, polarity: '+', inferred: false });
  }
  const interventions: MapNode[] = Array.from({ length: interventionCount }, (_, i) => ({ id: `i${i}`, kind: 'intervention', label: label(), group: 't', stageIndices: [0], degree: 0 }));
  for (const intervention of interventions) {
    for (let k = 0; k < 1 + Math.floor(random() * 4); k++) edges.push({ id: `a${intervention.id}${k}`, kind: 'action', from: intervention.id, to: pick(factors).id, polarity: '+', inferred: false });
  }
  const nodes = [...factors, ...interventions].map((n) => ({ ...n, degree: edges.filter((e) => e.from === n.id || e.to === n.id).length }));
  return { nodes, edges };
}

function labelCandidates(nodes: readonly MapNode[], layout: ReturnType<typeof journeyLayout>): LabelCandidate[] {
  return nodes.map((n) => ({
    id: n.id,
    at: layout.positions.get(n.id)!,
    radius: nodeRadius(n),
    lines: n.kind === 'factor' ? wrapInFull(n.label, layout.geometry.factorChars.get(n.id)!) : interventionLines(n.label),
    side: 'right' as const,
    font: n.kind === 'factor' ? LABEL_FONT : INTERVENTION_LABEL_FONT,
    priority: n.degree,
  }));
}

const SIZES = [
  [8, 4],
  [30, 20],
  [56, 46],
  [90, 120],
] as const;

describe('the journey layout adapts to any dataset’s size', () => {
  for (const [factorCount, interventionCount] of SIZES) {
    it(`leaves room for every label, factors’ in full and interventions’ shortened, with no label on another or on a node (${factorCount} factors, ${interventionCount} interventions)`, () => {
      const { nodes, edges } = syntheticGraph(factorCount, interventionCount);
      const layout = journeyLayout({ nodes, edges, stageCount: 5 });
      const candidates = labelCandidates(nodes, layout);
      expect(placeLabels(candidates).size).toBe(candidates.length);
      for (const c of candidates.filter((c) => c.id.startsWith('f'))) expect(c.lines.join(' ')).toBe(nodes.find((n) => n.id === c.id)!.label);
    });

    it(`keeps each factor and its label inside its stage’s column, and the interventions in their lane (${factorCount} factors, ${interventionCount} interventions)`, () => {
      const { nodes, edges } = syntheticGraph(factorCount, interventionCount);
      const layout = journeyLayout({ nodes, edges, stageCount: 5 });
      const { columns, lane, extent } = layout.geometry;
      for (const c of labelCandidates(nodes, layout)) {
        const node = nodes.find((n) => n.id === c.id)!;
        const box = labelBox(c);
        if (node.kind === 'factor') {
          const column = columns[node.stageIndices[0]!]!;
          expect(c.at.x - c.radius, c.id).toBeGreaterThanOrEqual(column.x0);
          expect(box.x1, c.id).toBeLessThanOrEqual(column.x1 + 1e-6);
          expect(c.at.y + c.radius, c.id).toBeLessThanOrEqual(lane.y0);
        } else {
          expect(c.at.y - INTERVENTION_RADIUS * 1.25, c.id).toBeGreaterThan(lane.y0);
          expect(box.y1, c.id).toBeLessThanOrEqual(lane.y1 + 1e-6);
          expect(box.x1, c.id).toBeLessThanOrEqual(extent.x1 + 1e-6);
        }
      }
    });

    it(`shapes the picture like the screen it is read on, the lane never towering over the factors (${factorCount} factors, ${interventionCount} interventions)`, () => {
      const { nodes, edges } = syntheticGraph(factorCount, interventionCount);
      const { geometry } = journeyLayout({ nodes, edges, stageCount: 5 });
      const width = geometry.extent.x1 - geometry.extent.x0;
      const height = geometry.extent.y1 - geometry.extent.y0;
      // A 1280×800 screen's map is about 1.35 times as wide as it is high.
      expect(width / height).toBeGreaterThan(1.35 / 1.5);
      expect(width / height).toBeLessThan(1.35 * 1.5);
      const factorsHeight = geometry.columns[0]!.y1 - geometry.columns[0]!.y0;
      expect(geometry.lane.y1 - geometry.lane.y0).toBeLessThan(factorsHeight);
    });
  }

  it('gives a lane of many interventions the whole width, in no more rows than their labels need', () => {
    const { nodes, edges } = syntheticGraph(56, 46);
    const layout = journeyLayout({ nodes, edges, stageCount: 5 });
    const interventions = labelCandidates(nodes, layout).filter((c) => c.id.startsWith('i'));
    const rows = new Set(interventions.map((c) => Math.round(c.at.y))).size;
    // The room one intervention takes: from its diamond's left tip to its label's end, plus a little air.
    const slot = Math.max(...interventions.map((c) => labelBox(c).x1 - (c.at.x - INTERVENTION_RADIUS * 1.25))) + 12;
    const { x0, x1 } = layout.geometry.extent;
    expect(rows).toBeLessThanOrEqual(Math.ceil(interventions.length / Math.floor((x1 - x0) / slot)));
    const xs = interventions.map((c) => c.at.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(0.7 * (x1 - x0));
  });
});

describe('a published map is not ordered again', () => {
  const asRecord = (positions: ReadonlyMap<string, { x: number; y: number }>) => Object.fromEntries(positions);

  it.each([
    ['40 factors', 40, 6],
    ['300 factors (stages of several sub-columns)', 300, 25],
  ])('reads the order back from the positions the journey layout published (%s): the same picture and bands', (_name, factors, interventions) => {
    const { nodes, edges } = syntheticGraph(factors, interventions);
    const ordered = journeyLayout({ nodes, edges, stageCount: 5 });
    const fromPublished = journeyLayout({ nodes, edges, stageCount: 5, pinned: asRecord(ordered.positions) });
    expect(fromPublished.geometry).toEqual(ordered.geometry);
    expect(asRecord(fromPublished.positions)).toEqual(asRecord(ordered.positions));
  });

  it('orders as usual when any factor has no published position', () => {
    const { nodes, edges } = syntheticGraph(40, 0);
    const ordered = journeyLayout({ nodes, edges, stageCount: 5 });
    const partial = asRecord(ordered.positions);
    const reversed = Object.fromEntries(Object.entries(partial).map(([id, p]) => [id, { x: p.x, y: -p.y }]));
    delete reversed[nodes[0]!.id];
    expect(asRecord(journeyLayout({ nodes, edges, stageCount: 5, pinned: reversed }).positions)).toEqual(asRecord(ordered.positions));
  });
});
