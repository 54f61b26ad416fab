import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import {
  findCycles,
  buildFactorGraph,
  buildGapMatrix,
  canonicalCycle,
  causalPaths,
  feedbackLoops,
  pathInWords,
  rankByLeverage,
  pushTable,
  whatIf,
} from '../../../src/analysis';
import { factorBetweenness } from '../../../src/analysis/centrality';
import type { Dataset } from '../../../src/model';
import { smallMap } from '../../fixtures/loadFixture';

/**
 * A four-factor system with answers known in advance:
 *   a → b (+), b → a (+)           a reinforcing loop (no negative link)
 *   b → c (+), c → d (−), d → b (+) a balancing loop (one negative link)
 */
function fourFactors(): Dataset {
  const d = smallMap();
  const cite = [{ source: 'interviews', quote: 'q' }];
  d.factors = ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id.toUpperCase(), domain: 'health', stage: id === 'a' ? 'prison' : 'release', description: id, citations: cite }));
  const link = (from: string, to: string, polarity: '+' | '-') => ({ id: `${from}-${to}`, from, to, polarity, basis: 'stated' as const, description: 'x', citations: cite });
  d.links = [link('a', 'b', '+'), link('b', 'a', '+'), link('b', 'c', '+'), link('c', 'd', '-'), link('d', 'b', '+')];
  d.meta.outcome = 'd';
  d.interventions = [
    { id: 'fund-c', label: 'Fund C', type: 'treatment', domain: 'health', stages: ['release'], description: 'x', targets: [{ factor: 'c', effect: 'raises' }], evidence: { strength: 'limited', summary: 'x', citations: cite } },
    { id: 'fund-b', label: 'Fund B', type: 'treatment', domain: 'health', stages: ['release'], description: 'x', targets: [{ factor: 'b', effect: 'lowers' }], evidence: { strength: 'testimony', summary: 'x', citations: cite } },
  ];
  d.gaps = [{ id: 'g', question: 'q', factors: ['a'], citations: cite }];
  d.loops = [];
  return d;
}

function completeGraph(n: number) {
  const graph = new Graph<Record<string, never>, { link: string; polarity: '+' | '-' }>({ type: 'directed' });
  const ids = Array.from({ length: n }, (_, i) => `n${String(i).padStart(2, '0')}`);
  for (const id of ids) graph.addNode(id);
  for (const a of ids) for (const b of ids) if (a !== b) graph.addDirectedEdge(a, b, { link: `${a}-${b}`, polarity: '+' });
  return graph;
}

describe('feedback loops', () => {
  it('finds each elementary cycle once and classifies it', () => {
    const d = fourFactors();
    const { loops, truncated } = feedbackLoops(d, buildFactorGraph(d));
    expect(truncated).toBe(false);
    expect(loops.map((l) => [l.factors.join(''), l.kind])).toEqual([
      ['ab', 'reinforcing'],
      ['bcd', 'balancing'],
    ]);
    expect(loops[1]!.links).toEqual(['b-c', 'c-d', 'd-b']);
    expect(loops[0]!.name).toBe('A → B → (back to A)');
  });

  it('uses the dataset’s own name and description for a loop it names, whatever member it starts from', () => {
    const d = fourFactors();
    d.loops = [{ id: 'spiral', name: 'The spiral', description: 'Named by the authors.', factors: ['c', 'd', 'b'] }];
    const { loops } = feedbackLoops(d, buildFactorGraph(d));
    expect(loops.map((l) => l.id)).toEqual(['spiral', 'a~b']);
    expect(loops[0]).toMatchObject({ name: 'The spiral', named: true, kind: 'balancing' });
  });

  it('says when its limits cut the list short', () => {
    const d = fourFactors();
    const search = feedbackLoops(d, buildFactorGraph(d), { maxCount: 1 });
    expect(search.loops).toHaveLength(1);
    expect(search.truncated).toBe(true);
    expect(feedbackLoops(d, buildFactorGraph(d), { maxLength: 2 }).loops.map((l) => l.id)).toEqual(['a~b']);
  });

  it('finds every elementary cycle of a complete graph once (4 nodes: 6 + 8 + 6 = 20)', () => {
    expect(findCycles(completeGraph(4), 8, 1000)).toMatchObject({ truncated: false });
    expect(findCycles(completeGraph(4), 8, 1000).cycles).toHaveLength(20);
  });

  it('says the list was cut short only when a loop lies beyond the limit', () => {
    expect(findCycles(completeGraph(4), 8, 20).truncated).toBe(false);
    expect(findCycles(completeGraph(4), 8, 19)).toMatchObject({ truncated: true, cycles: expect.any(Array) });
    expect(findCycles(completeGraph(4), 8, 19).cycles).toHaveLength(19);
  });

  it('stops on a large dense graph within its work budget and says it was cut short', () => {
    // Without the budget this walk would not end in any test's lifetime.
    const search = findCycles(completeGraph(40), 8, 1_000_000, 50_000);
    expect(search.truncated).toBe(true);
    expect(search.cycles.length).toBeGreaterThan(0);
  });

  it('writes a cycle from its smallest member', () => {
    expect(canonicalCycle(['c', 'a', 'b'])).toEqual(['a', 'b', 'c']);
  });

  it('finds the fixture’s named recall loop among its loops', () => {
    const d = smallMap();
    const { loops } = feedbackLoops(d, buildFactorGraph(d));
    expect(loops[0]).toMatchObject({ id: 'recall-loop', name: 'Recall cycle', kind: 'reinforcing' });
  });
});

describe('causal paths', () => {
  it('gives the shortest paths first with their composed polarity', () => {
    const d = fourFactors();
    const paths = causalPaths(buildFactorGraph(d), 'a', 'd');
    expect(paths.map((p) => [p.factors.join(''), p.polarity])).toEqual([['abcd', '-']]);
    expect(pathInWords(['A', 'B', 'C', 'D'], '-')).toBe('More “A” → … → less “D”');
  });

  it('finds nothing when no path leads there', () => {
    const d = fourFactors();
    d.links = d.links.filter((l) => l.to !== 'a');
    expect(causalPaths(buildFactorGraph(d), 'b', 'a')).toEqual([]);
  });

  it('lists alternatives up to one step longer than the shortest', () => {
    const d = smallMap();
    const paths = causalPaths(buildFactorGraph(d), 'homeless-on-release', 'reoffending');
    expect(paths.map((p) => p.factors.length)).toEqual([3]);
    expect(paths[0]!.factors).toEqual(['homeless-on-release', 'drug-use', 'reoffending']);
  });
});

describe('leverage', () => {
  it('ranks by reach times evidence weight and explains each rank', () => {
    const d = fourFactors();
    const graph = buildFactorGraph(d);
    const { loops } = feedbackLoops(d, graph);
    const centrality = factorBetweenness(graph);
    const rows = rankByLeverage(d, new Set(['fund-b', 'fund-c']), loops, centrality);
    // b sits in both loops and is the most central; c in one loop. Fund B's testimony (×0.1) sinks it.
    expect(centrality.get('b')).toBeGreaterThan(centrality.get('c')!);
    const [first, second] = rows;
    expect(first!.id).toBe('fund-c');
    expect(first!.factors).toBe(1);
    expect(first!.loops).toBe(1);
    expect(first!.weight).toBe(0.5);
    expect(first!.score).toBeCloseTo(first!.reach * 0.5, 2);
    expect(second!.loops).toBe(2);
    expect(second!.why).toContain('Acts on 1 factor, which sits in 2 feedback loops');
    expect(second!.why).toContain('Evidence testimony');
  });

  it('leaves out reach only through the outcome when fair, and counts it when not; the flag stays either way', () => {
    const d = fourFactors();
    // d is the outcome; "Fund D" acts on it alone, "Fund C and D" on a cause as well.
    const cite = [{ source: 'interviews', quote: 'q' }];
    const evidence = { strength: 'limited' as const, summary: 'x', citations: cite };
    d.interventions.push(
      { id: 'fund-d', label: 'Fund D', type: 'treatment', domain: 'health', stages: ['release'], description: 'x', targets: [{ factor: 'd', effect: 'lowers' }], evidence },
      { id: 'fund-cd', label: 'Fund C and D', type: 'treatment', domain: 'health', stages: ['release'], description: 'x', targets: [{ factor: 'c', effect: 'raises' }, { factor: 'd', effect: 'lowers' }], evidence },
    );
    const graph = buildFactorGraph(d);
    const { loops } = feedbackLoops(d, graph);
    const centrality = factorBetweenness(graph);
    const ids = new Set(['fund-b', 'fund-c', 'fund-d', 'fund-cd']);
    const byId = (rows: ReturnType<typeof rankByLeverage>) => new Map(rows.map((r) => [r.id, r]));
    const all = byId(rankByLeverage(d, ids, loops, centrality, { fair: false }));
    const fair = byId(rankByLeverage(d, ids, loops, centrality, { fair: true }));
    expect(centrality.get('d')).toBeGreaterThan(0);
    // Unfair: the outcome's loop (b→c→d) and its betweenness count for Fund D.
    expect(all.get('fund-d')).toMatchObject({ factors: 1, loops: 1, actsOnOutcome: true });
    expect(all.get('fund-d')!.centrality).toBeCloseTo(centrality.get('d')!, 3);
    // Fair: none of that is left for Fund D; it still acts on one factor and keeps its flag.
    expect(fair.get('fund-d')).toMatchObject({ factors: 1, loops: 0, centrality: 0, reach: 1, actsOnOutcome: true });
    expect(fair.get('fund-d')!.why).toContain('left out (fair ranking)');
    // A loop reached through a cause still counts: Fund C and D keeps b→c→d through c.
    expect(fair.get('fund-cd')).toMatchObject({ loops: 1, actsOnOutcome: true });
    expect(fair.get('fund-cd')!.centrality).toBeCloseTo(centrality.get('c')!, 3);
    // Interventions that do not touch the outcome score the same either way.
    expect(fair.get('fund-c')!.score).toBe(all.get('fund-c')!.score);
    expect(fair.get('fund-c')!.actsOnOutcome).toBe(false);
    // Fair is the default.
    expect(rankByLeverage(d, ids, loops, centrality).map((r) => r.score)).toEqual([...fair.values()].map((r) => r.score));
  });

  it('ranks only the interventions given (the filters)', () => {
    const d = fourFactors();
    const graph = buildFactorGraph(d);
    expect(rankByLeverage(d, new Set(['fund-b']), [], factorBetweenness(graph)).map((r) => r.id)).toEqual(['fund-b']);
  });
});

describe('research that finds no clear effect or harm', () => {
  it('weighs 0 for no clear effect and below 0 for harm in the leverage ranking, however strong the evidence, and says why', () => {
    const d = fourFactors();
    d.interventions[0]!.evidence = { ...d.interventions[0]!.evidence, strength: 'strong', direction: 'no-clear-effect' };
    d.interventions[1]!.evidence = { ...d.interventions[1]!.evidence, strength: 'strong', direction: 'increases' };
    const rows = rankByLeverage(d, new Set(['fund-b', 'fund-c']), [], factorBetweenness(buildFactorGraph(d)));
    expect(rows.find((r) => r.id === 'fund-c')?.score).toBe(0);
    expect(rows.find((r) => r.id === 'fund-b')!.score).toBeLessThan(0);
    expect(rows.find((r) => r.id === 'fund-c')?.why).toContain('Evidence strong (1) of no clear effect on reoffending × 0 = 0');
    expect(rows.find((r) => r.id === 'fund-b')?.why).toContain('Evidence strong (1) of harm (more reoffending) × −1 = −1');
  });

  it('moves nothing in a what-if when the research finds no clear effect', () => {
    const d = fourFactors();
    d.interventions[0]!.evidence = { ...d.interventions[0]!.evidence, direction: 'no-clear-effect' };
    const moved = () => [...whatIf(pushTable(d, buildFactorGraph(d), 'evidence'), ['fund-c']).values()].filter((v) => v !== 0).length;
    expect(moved()).toBe(0);
    d.interventions[0]!.evidence.direction = 'reduces';
    expect(moved()).toBeGreaterThan(0);
  });
});

describe('evidence-gap matrix', () => {
  it('counts interventions, best evidence and citations per type and domain, and named gaps per column', () => {
    const m = buildGapMatrix(smallMap(), 'domain');
    expect(m.columns.map((c) => c.id)).toEqual(['housing', 'justice', 'health', 'relationships', 'outcome']);
    const peer = m.rows.find((r) => r.id === 'peer-support')!;
    expect(peer.cells.map((c) => c.interventions.length)).toEqual([0, 0, 0, 1, 0]);
    expect(peer.cells[3]).toMatchObject({ best: 'testimony', citations: 1 });
    expect(peer.cells[0]!.best).toBeNull();
    expect(m.namedGaps).toEqual([1, 0, 0, 0, 0]);
  });

  it('switches to stages: an intervention sits in every stage it acts at', () => {
    const m = buildGapMatrix(smallMap(), 'stage');
    const peer = m.rows.find((r) => r.id === 'peer-support')!;
    expect(peer.cells.map((c) => c.interventions.length)).toEqual([0, 1, 1, 1]);
    expect(m.namedGaps).toEqual([0, 0, 1, 0]);
  });
});
