import { describe, expect, it } from 'vitest';
import { buildFactorGraph, feedbackLoops, loopKind } from '../../../../src/analysis';
import { importKumu } from './sharedFixtures';

/**
 * Issue 11, item 7: of the financial-inclusion map's 42 loops named by its authors, how many are
 * true cycles of the imported graph, and does the loop finder find each with the same class?
 * The authors' cycle and class are worked out here from the raw file, independently of the
 * importer: a loop's connections, less those that only feed into it (their start has no
 * connection of the loop coming in, or their end none going out), and the parity of its "+-"/"-+".
 */

type Connection = { _id: string; from: string; to: string; direction: string; attributes: Record<string, unknown> };

function authorsCycle(connections: Connection[]): Connection[] {
  let kept = connections;
  for (;;) {
    const next = kept.filter((c) => kept.some((d) => d.to === c.from) && kept.some((d) => d.from === c.to));
    if (next.length === kept.length) return kept;
    kept = next;
  }
}

const negative = (c: Connection) => c.attributes['connection type'] === '+-' || c.attributes['connection type'] === '-+' || c.attributes['connection type'] === '-';

describe("the financial-inclusion map's named loops and the loop finder", () => {
  it('finds every named loop that is a true cycle, with the authors’ reinforcing or balancing class', async () => {
    const { dataset, raw } = await importKumu('us-financial-inclusion-project.json');
    const connectionById = new Map(raw.connections.map((c) => [c._id, c as Connection]));
    const factorOf = new Map(raw.elements.map((e, i) => [e._id, dataset.factors[i]!.id]));
    const named = raw.loops.map((loop) => {
      const cycle = authorsCycle(loop.connections.map((id) => connectionById.get(id)!));
      const members = new Set(cycle.map((c) => factorOf.get(c.from)!));
      const trueCycle = cycle.length > 0 && cycle.every((c) => c.direction === 'directed') && members.size === cycle.length;
      const unsigned = cycle.some((c) => typeof c.attributes['connection type'] !== 'string');
      return { name: String(loop.attributes.label), members, trueCycle, unsigned, feeders: loop.connections.length - cycle.length, kind: loopKind(cycle.filter(negative).length) };
    });
    const graph = buildFactorGraph(dataset);
    // The search alone, without the dataset's named loops, so nothing is found by being named.
    const search = feedbackLoops({ ...dataset, loops: [] }, graph);
    const found = search.loops.map((l) => ({ key: [...l.factors].sort().join('~'), kind: l.kind }));

    const trueCycles = named.filter((n) => n.trueCycle);
    const matched = trueCycles.filter((n) => found.some((f) => f.key === [...n.members].sort().join('~') && f.kind === n.kind));
    const figures = {
      named: named.length,
      trueCycles: trueCycles.length,
      withFeederConnections: named.filter((n) => n.feeders > 0).length,
      withUnsignedConnection: trueCycles.filter((n) => n.unsigned).length,
      foundWithSameClass: matched.length,
      cyclesInGraph: search.loops.length,
      truncated: search.truncated,
    };
    expect(figures).toEqual({
      named: 42,
      trueCycles: 42,
      withFeederConnections: 9,
      withUnsignedConnection: 0,
      foundWithSameClass: 42,
      cyclesInGraph: 42,
      truncated: false,
    });
    // The imported named loops are the same 42 cycles, kept in the dataset for the loops panel.
    expect(new Set(dataset.loops?.map((l) => [...l.factors].sort().join('~')))).toEqual(new Set(trueCycles.map((n) => [...n.members].sort().join('~'))));
    console.info('financial-inclusion loops:', figures);
  });
});
