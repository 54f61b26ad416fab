import Graph from 'graphology';
import type { Link, Loop } from '../../model';
import { findCycles, linksAlong, type FactorGraph } from '../../analysis';
import type { GraphTable, TableLoop } from '../formats/graphTable';
import { createIdMaker } from './idMaker';
import type { ImportContext } from './importContext';
import { clip, longTextOf, textOf } from './importText';
import { plural } from '../../model/plural';

type Cycle = { ok: true; factors: string[]; outside: Link[] } | { ok: false; why: string };

/**
 * The one cycle among a named loop's links, in order from its first link's start where it can.
 * Authors often name, with a loop, the connections that feed into it from outside (a shock, a
 * driver): those are left outside the cycle and reported. No cycle, or several, cannot be kept.
 */
export function cycleWithin(links: Link[]): Cycle {
  if (links.length === 0) return { ok: false, why: 'it names no connection that became a link' };
  const graph: FactorGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  for (const link of links) {
    graph.mergeNode(link.from);
    graph.mergeNode(link.to);
    if (!graph.hasEdge(link.from, link.to)) graph.addDirectedEdge(link.from, link.to, { link: link.id, polarity: link.polarity });
  }
  const { cycles } = findCycles(graph, links.length, 2, 100_000);
  const [cycle, second] = cycles;
  if (!cycle) return { ok: false, why: 'its connections do not close into a cycle (one is missing, undirected, or drawn the other way)' };
  if (second) return { ok: false, why: 'its connections hold more than one cycle, so which one the authors meant is unclear' };
  const first = links.find((link) => cycle.includes(link.from) && cycle.includes(link.to));
  const startAt = Math.max(0, cycle.indexOf(first?.from ?? ''));
  const factors = [...cycle.slice(startAt), ...cycle.slice(0, startAt)];
  const inCycle = new Set(linksAlong(graph, factors, true));
  return { ok: true, factors, outside: links.filter((link) => !inCycle.has(link.id)) };
}

/** The authors' named loops, kept as named loops where they follow the imported links in order. */
export function mapLoops(table: GraphTable, linksOfEdge: Map<string, Link[]>, ctx: ImportContext): Loop[] {
  const ids = createIdMaker();
  const loops: Loop[] = [];
  table.loops.forEach((loop: TableLoop, index) => {
    const name = clip(textOf(loop.attributes.label ?? loop.attributes.name) ?? `Loop ${index + 1}`, 160);
    const where = `${loop.where ?? `loop ${index + 1}`} "${name}"`;
    const missing = loop.edges.filter((key) => !linksOfEdge.has(key));
    if (missing.length > 0) {
      ctx.report.notMapped.push({ where, message: `it names ${plural(missing.length, 'connection')} that did not become links (${missing.slice(0, 3).join(', ')}); it is not kept as a loop.` });
      return;
    }
    // A mutual connection became two links; the cycle runs along whichever one closes it.
    const candidates = loop.edges.map((key) => linksOfEdge.get(key) ?? []);
    const found = cycleWithin(candidates.flat());
    if (!found.ok) {
      ctx.report.notMapped.push({ where, message: `${found.why}; it is not kept as a loop, since a loop must follow links in order.` });
      return;
    }
    if (found.outside.length > 0) {
      const names = found.outside.map((link) => `${link.from} → ${link.to}`).join('; ');
      ctx.report.assumed.push(`${where} also names ${plural(found.outside.length, 'connection')} outside its cycle (${names}), feeding into it; the loop keeps the cycle only.`);
    }
    const description = longTextOf(loop.attributes.description) ?? `A loop named "${name}" by the authors of ${table.fileName}.`;
    loops.push({ id: ids(loop.attributes.id, name, 'loop'), name, description: clip(description, 4000), factors: found.factors });
  });
  return loops;
}
