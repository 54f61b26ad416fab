import { describe, expect, it } from 'vitest';
import type { MapEdge, MapNode } from '../../../src/analysis';
import { createHitTester, distanceToSegment, LINK_REACH_PX } from '../../../src/map/render/hitTest';
import { curvedEdge, pointOnCurve } from '../../../src/map/render/edgeGeometry';

const node = (id: string, kind: MapNode['kind'] = 'factor'): MapNode => ({ id, kind, label: id, group: 'g', stageIndices: [0], degree: 1 });
const edge = (id: string, from: string, to: string, kind: MapEdge['kind'] = 'link'): MapEdge => ({ id, kind, from, to, polarity: '+', inferred: false });
const radius = () => 10;

describe('pointing at a map drawn on canvas', () => {
  const nodes = [node('a'), node('b'), node('c'), node('lane', 'intervention')];
  const positions = new Map([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 400, y: 0 }],
    ['c', { x: 25, y: 0 }],
    ['lane', { x: 0, y: 300 }],
  ]);
  const edges = [edge('a-b', 'a', 'b'), edge('lane-a', 'lane', 'a', 'action')];
  const hits = createHitTester(nodes, edges, positions, radius);

  it('finds the node under the pointer, the nearer centre where two overlap', () => {
    expect(hits.nodeAt({ x: 3, y: 4 }, 1)).toBe('a');
    expect(hits.nodeAt({ x: 20, y: 0 }, 1)).toBe('c');
    expect(hits.nodeAt({ x: 200, y: 200 }, 1)).toBeNull();
  });

  it('counts a diamond’s corners as the intervention, and a few screen pixels round a node, more when zoomed out', () => {
    expect(hits.nodeAt({ x: 12, y: 300 }, 1)).toBe('lane');
    expect(hits.nodeAt({ x: 0, y: -12.5 }, 1)).toBe('a');
    expect(hits.nodeAt({ x: 0, y: -14 }, 1)).toBeNull();
    expect(hits.nodeAt({ x: 0, y: -14 }, 0.5)).toBe('a');
  });

  it('finds a link by its drawn curve, within a few pixels, not by the straight line between its ends', () => {
    const curve = curvedEdge(positions.get('a')!, positions.get('b')!, 10, 10);
    const middle = pointOnCurve(curve, 0.5);
    expect(Math.abs(middle.y)).toBeGreaterThan(10);
    expect(hits.edgeAt({ x: middle.x, y: middle.y + 3 }, 1)?.id).toBe('a-b');
    expect(hits.edgeAt({ x: 200, y: 0 }, 1)).toBeNull();
    expect(hits.edgeAt({ x: middle.x, y: middle.y + LINK_REACH_PX + 2 }, 1)).toBeNull();
    // Zoomed out, the same few screen pixels reach further across the map.
    expect(hits.edgeAt({ x: middle.x, y: middle.y + LINK_REACH_PX + 2 }, 0.5)?.id).toBe('a-b');
  });

  it('finds only the links it was given (those drawn now)', () => {
    const none = createHitTester(nodes, [], positions, radius);
    const curve = curvedEdge(positions.get('a')!, positions.get('b')!, 10, 10);
    expect(none.edgeAt(pointOnCurve(curve, 0.5), 1)).toBeNull();
  });

  it('finds nodes and links on a large map of long, crossing links', () => {
    const many = Array.from({ length: 5000 }, (_, i) => node(`n${i}`));
    const where = new Map(many.map((n, i) => [n.id, { x: (i % 50) * 400, y: Math.floor(i / 50) * 60 }]));
    const links = Array.from({ length: 10000 }, (_, i) => edge(`e${i}`, `n${i % 5000}`, `n${(i * 7919) % 5000}`));
    const big = createHitTester(many, links, where, radius);
    expect(big.nodeAt({ x: 400, y: 60 }, 0.2)).toBe('n51');
    const first = links.find((l) => l.from !== l.to)!;
    const curve = curvedEdge(where.get(first.from)!, where.get(first.to)!, 10, 10);
    expect(big.edgeAt(pointOnCurve(curve, 0.3), 1)).not.toBeNull();
  });
});

describe('distanceToSegment', () => {
  it('measures to the nearest point of the segment, ends included', () => {
    expect(distanceToSegment({ x: 5, y: 3 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(3);
    expect(distanceToSegment({ x: 13, y: 4 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(5);
  });
});
