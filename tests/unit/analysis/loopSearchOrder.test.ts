import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { findCycles, loopSearchInWords, stronglyConnectedComponents, type FactorGraph } from '../../../src/analysis';

const newGraph = (): FactorGraph => new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
const edge = (g: FactorGraph, a: string, b: string) => {
  for (const id of [a, b]) if (!g.hasNode(id)) g.addNode(id);
  if (!g.hasEdge(a, b)) g.addDirectedEdge(a, b, { link: `${a}-${b}`, polarity: '+' });
};

/**
 * Islands far apart in id order: island "a…" holds hundreds of loops of four factors or more (four
 * layers of five, each layer feeding all of the next, the last feeding the first); islands "m…"
 * and "z…" hold one short loop each. A search that exhausts the first island before looking
 * further would spend its whole budget there.
 */
function islands(): FactorGraph {
  const g = newGraph();
  const layer = (k: number) => Array.from({ length: 5 }, (_, i) => `a${k}${i}`);
  for (let k = 0; k < 4; k++) for (const x of layer(k)) for (const y of layer((k + 1) % 4)) edge(g, x, y);
  edge(g, 'm1', 'm2');
  edge(g, 'm2', 'm1');
  edge(g, 'z1', 'z2');
  edge(g, 'z2', 'z3');
  edge(g, 'z3', 'z1');
  return g;
}

describe('loop search: the shortest loops everywhere first', () => {
  it('lists loops in order of length, whatever the ids', () => {
    const { cycles } = findCycles(islands(), 8, 100_000, 3_000_000);
    expect(cycles.length).toBeGreaterThan(600);
    const lengths = cycles.map((c) => c.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });

  it('keeps the short loops of every island when the count limit cuts the search', () => {
    const search = findCycles(islands(), 8, 50);
    expect(search.stoppedBy).toBe('count');
    expect(search.cycles.slice(0, 2)).toEqual([
      ['m1', 'm2'],
      ['z1', 'z2', 'z3'],
    ]);
    expect(search.cycles).toHaveLength(50);
    // Loops of four are what the limit cut: every shorter one is listed.
    expect(search.completeUpTo).toBe(3);
  });

  it('keeps the short loops of every island when the work limit cuts the search', () => {
    const search = findCycles(islands(), 8, 1_000_000, 3_000);
    expect(search.stoppedBy).toBe('work');
    expect(search.cycles.some((c) => c.includes('z1'))).toBe(true);
    expect(search.cycles.some((c) => c.includes('m1'))).toBe(true);
  });

  it('does no work and claims no limit on a graph without loops', () => {
    const g = newGraph();
    // A layered graph with exponentially many paths and no loop at all.
    for (let layer = 0; layer < 30; layer++) for (const a of ['x', 'y']) for (const b of ['x', 'y']) edge(g, `${a}${layer}`, `${b}${layer + 1}`);
    const search = findCycles(g, 8, 300);
    expect(search).toMatchObject({ cycles: [], truncated: false, stoppedBy: null });
    expect(loopSearchInWords({ ...search, maxLength: 8, maxCount: 300, maxSteps: 2_000_000 })).toBe('Every loop up to 8 factors long is listed; longer loops are not searched.');
  });

  it('says which limit stopped it, and what is complete', () => {
    const limits = { maxLength: 8, maxCount: 300, maxSteps: 2_000_000 };
    expect(loopSearchInWords({ ...limits, stoppedBy: 'count', completeUpTo: 3 })).toBe(
      'The search stopped at 300 loops, shortest first: every loop up to 3 factors long is listed, but longer ones may be missing.',
    );
    expect(loopSearchInWords({ ...limits, stoppedBy: 'work', completeUpTo: 1 })).toMatch(/^The search stopped after 2,000,000 steps of work, shortest first: not even every loop of two factors/);
  });

  it('finds the components of a chain of 20,000 factors without overflowing the stack', () => {
    const g = newGraph();
    const n = 20_000;
    for (let i = 0; i < n; i++) edge(g, `f${i}`, `f${(i + 1) % n}`);
    const components = stronglyConnectedComponents(g);
    expect(components).toHaveLength(1);
    expect(components[0]).toHaveLength(n);
  });

  it('finds strongly connected components as Tarjan defines them', () => {
    const g = newGraph();
    edge(g, 'a', 'b');
    edge(g, 'b', 'a');
    edge(g, 'b', 'c');
    edge(g, 'c', 'd');
    edge(g, 'd', 'c');
    edge(g, 'd', 'e');
    const components = stronglyConnectedComponents(g).map((c) => [...c].sort().join(',')).sort();
    expect(components).toEqual(['a,b', 'c,d', 'e']);
  });
});
