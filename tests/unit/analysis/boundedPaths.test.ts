import Graph from 'graphology';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCausalPaths, type FactorGraph } from '../../../src/analysis';

const newGraph = (): FactorGraph => new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
const edge = (g: FactorGraph, a: string, b: string) => {
  for (const id of [a, b]) if (!g.hasNode(id)) g.addNode(id);
  if (!g.hasEdge(a, b)) g.addDirectedEdge(a, b, { link: `${a}-${b}`, polarity: '+' });
};

/** Every simple path by brute force: the answer the bounded search must agree with on small graphs. */
function allSimplePaths(g: FactorGraph, from: string, to: string): string[][] {
  const out: string[][] = [];
  const walk = (path: string[]) => {
    const last = path[path.length - 1]!;
    if (last === to) return void out.push([...path]);
    for (const next of g.outNeighbors(last)) if (!path.includes(next)) walk([...path, next]);
  };
  walk([from]);
  return out;
}

const byLength = (paths: string[][]) => [...paths].sort((a, b) => a.length - b.length || a.join('~').localeCompare(b.join('~')));

describe('bounded causal paths: the k shortest, with a work limit', () => {
  it('agrees with brute force on small random graphs', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 7 })), { maxLength: 30 }), (pairs) => {
        const g = newGraph();
        for (let i = 0; i < 8; i++) g.addNode(`n${i}`);
        for (const [a, b] of pairs) if (a !== b) edge(g, `n${a}`, `n${b}`);
        const brute = allSimplePaths(g, 'n0', 'n7');
        const search = findCausalPaths(g, 'n0', 'n7', { count: 5, slack: 1 });
        if (brute.length === 0) {
          expect(search.paths).toEqual([]);
          return;
        }
        const shortest = Math.min(...brute.map((p) => p.length));
        const within = byLength(brute.filter((p) => p.length <= shortest + 1));
        // The same lengths, in order, and every path listed is a real path within the slack.
        expect(search.paths.map((p) => p.factors.length)).toEqual(within.slice(0, 5).map((p) => p.length));
        for (const p of search.paths) expect(within.map((w) => w.join('~'))).toContain(p.factors.join('~'));
        expect(search.more).toBe(within.length > 5);
        expect(search.stoppedByWork).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('answers on a layered graph with 2^40 paths, listing the five shortest and saying there are more', () => {
    const g = newGraph();
    edge(g, 'start', 'a0');
    edge(g, 'start', 'b0');
    for (let i = 0; i < 40; i++) for (const x of ['a', 'b']) for (const y of ['a', 'b']) edge(g, `${x}${i}`, `${y}${i + 1}`);
    edge(g, 'a40', 'end');
    edge(g, 'b40', 'end');
    const search = findCausalPaths(g, 'start', 'end');
    expect(search.paths).toHaveLength(5);
    expect(search.more).toBe(true);
    expect(search.stoppedByWork).toBe(false);
    expect(search.steps).toBeLessThan(100_000);
  });

  it('stops at its work limit on a dense graph, and says so', () => {
    const g = newGraph();
    const ids = Array.from({ length: 60 }, (_, i) => `n${i}`);
    for (const a of ids) for (const b of ids) if (a !== b) edge(g, a, b);
    const search = findCausalPaths(g, 'n0', 'n59', { count: 5, slack: 1, maxSteps: 200 });
    expect(search.stoppedByWork).toBe(true);
    expect(search.steps).toBeLessThanOrEqual(201);
    expect(search.paths.length).toBeLessThan(5);
  });

  it('finds nothing, without error, between unconnected or unknown factors', () => {
    const g = newGraph();
    edge(g, 'a', 'b');
    g.addNode('c');
    expect(findCausalPaths(g, 'a', 'c').paths).toEqual([]);
    expect(findCausalPaths(g, 'a', 'nope').paths).toEqual([]);
    expect(findCausalPaths(g, 'a', 'a').paths).toEqual([]);
  });
});
