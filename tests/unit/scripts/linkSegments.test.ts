import { describe, expect, it } from 'vitest';
import { countCrossings } from '../../../src/map/layout/columnOrder';
import { linkSegments, type ReadEdge, type ReadNode } from '../../../scripts/measure/linkSegments';

const shifted = (nodes: ReadNode[], dx: number): ReadNode[] => nodes.map((n) => ({ ...n, centre: { x: n.centre.x + dx, y: n.centre.y } }));

describe('npm run measure: which nodes each drawn link joins', () => {
  const nodes: ReadNode[] = [
    { id: 'p', centre: { x: 0, y: 0 } },
    { id: 'q', centre: { x: 100, y: 0 } },
    { id: 'r', centre: { x: 6, y: 6 } },
  ];

  it('takes the nodes the painter bound to a link, even when another node is nearer its end', () => {
    const edge: ReadEdge = { kind: 'link', a: { x: 5, y: 5 }, b: { x: 95, y: 0 }, from: 'p', to: 'q' };
    expect(linkSegments([edge], nodes).map(({ from, to }) => [from, to])).toEqual([['p', 'q']]);
  });

  it('falls back to the nodes nearest the two ends when the page does not say', () => {
    const edge: ReadEdge = { kind: 'action', a: { x: 5, y: 5 }, b: { x: 95, y: 0 } };
    expect(linkSegments([edge], nodes)).toEqual([{ kind: 'action', from: 'r', to: 'q', a: { x: 6, y: 6 }, b: { x: 100, y: 0 } }]);
  });
});

describe('npm run measure: line crossings do not depend on where the map sits on screen', () => {
  // Read at 1280x800 before and after the map moved 9 px right (issue 25): a link runs down one
  // column, from fear of recall to trusting relationships, and a link leaves a node of that column
  // lying on it. The column's screen x's differ by 3e-5 px, single-precision rounding in the
  // browser's boxes, one way before the move and the other way after.
  const read = ([fear, trust, hidden, unmet]: number[]): ReadNode[] => [
    { id: 'fear', centre: { x: fear!, y: 264.4099426269531 }, at: { x: 410, y: 120 } },
    { id: 'trust', centre: { x: trust!, y: 345.9534149169922 }, at: { x: 410, y: 200 } },
    { id: 'hidden', centre: { x: hidden!, y: 300.2410430908203 }, at: { x: 410, y: 155 } },
    { id: 'unmet', centre: { x: unmet!, y: 450.3069305419922 }, at: { x: 250, y: 302 } },
  ];
  const before = read([791.2704772949219, 791.2704467773438, 791.2704467773438, 627.7217102050781]);
  const after = read([800.0435485839844, 800.04351806640625, 800.0435485839844, 636.4947814941406]);
  const touching: ReadEdge[] = [
    { kind: 'link', a: { x: 800, y: 270 }, b: { x: 800, y: 340 }, from: 'fear', to: 'trust' },
    { kind: 'link', a: { x: 795, y: 305 }, b: { x: 640, y: 445 }, from: 'hidden', to: 'unmet' },
  ];
  const unrounded = (nodes: ReadNode[]) =>
    touching.map((e) => {
      const [a, b] = [nodes.find((n) => n.id === e.from)!, nodes.find((n) => n.id === e.to)!];
      return { from: a.id, to: b.id, a: a.centre, b: b.centre };
    });

  it('counts a node lying on a link as no crossing, wherever the map is shifted', () => {
    // The reading the measure used to take counts it one way before the shift and the other after.
    expect([countCrossings(unrounded(before)), countCrossings(unrounded(after))]).toEqual([0, 1]);
    for (const column of [before, after, shifted(after, 12.96)]) {
      expect(countCrossings(linkSegments(touching, column))).toBe(0);
      // Without map positions, snapped screen centres say the same.
      expect(countCrossings(linkSegments(touching, column.map(({ id, centre }) => ({ id, centre }))))).toBe(0);
    }
  });

  it('still counts two links that cross', () => {
    const square: ReadNode[] = [
      { id: 'a', centre: { x: 0, y: 0 }, at: { x: 0, y: 0 } },
      { id: 'b', centre: { x: 10, y: 10 }, at: { x: 10, y: 10 } },
      { id: 'c', centre: { x: 10, y: 0 }, at: { x: 10, y: 0 } },
      { id: 'd', centre: { x: 0, y: 10 }, at: { x: 0, y: 10 } },
    ];
    const cross: ReadEdge[] = [
      { kind: 'link', a: { x: 1, y: 1 }, b: { x: 9, y: 9 }, from: 'a', to: 'b' },
      { kind: 'action', a: { x: 9, y: 1 }, b: { x: 1, y: 9 }, from: 'c', to: 'd' },
    ];
    expect(countCrossings(linkSegments(cross, square))).toBe(1);
  });
});
