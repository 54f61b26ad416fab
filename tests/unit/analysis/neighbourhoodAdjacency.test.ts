import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { bfsFromNode } from 'graphology-traversal';
import { describe, expect, it } from 'vitest';
import { DEPTHS, DIRECTIONS, NO_FILTER, buildMapGraph, filterView, neighbourhood, type MapGraph } from '../../../src/analysis';
import { parseDataset, type Dataset } from '../../../src/model';
import { smallMap } from '../../fixtures/loadFixture';

function bundledMap(): Dataset {
  const parsed = parseDataset(JSON.parse(readFileSync(new URL('../../../data/reoffending-map.json', import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error('data/reoffending-map.json is not valid: npm run validate says where');
  return parsed.dataset;
}

/** The neighbourhood as graphology-traversal finds it: the reference the plain walk must match. */
function byGraphology(mapGraph: MapGraph, within: ReadonlySet<string>, id: string, depth: number, direction: 'in' | 'out' | 'both'): string[] {
  const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  for (const node of mapGraph.nodes) graph.addNode(node.id);
  for (const edge of mapGraph.edges) if (graph.hasNode(edge.from) && graph.hasNode(edge.to)) graph.addEdge(edge.from, edge.to);
  const found: string[] = [];
  const mode = { in: 'inbound', out: 'outbound', both: 'directed' } as const;
  bfsFromNode(graph, id, (node, _attributes, at) => {
    if (node !== id && !within.has(node)) return true;
    found.push(node);
    return at >= depth;
  }, { mode: mode[direction] });
  return found.sort();
}

describe('a focus walks the map graph’s plain adjacency exactly as graphology-traversal would', () => {
  for (const [name, dataset] of [['the small map', smallMap()], ['the bundled map', bundledMap()]] as const) {
    it(`on ${name}, for every node, depth and direction, unfiltered and with every third node filtered out`, () => {
      const graph = buildMapGraph(dataset);
      const all = filterView(dataset, graph, NO_FILTER).nodes;
      const some = new Set([...all].filter((_, i) => i % 3 !== 1));
      for (const within of [all, some]) {
        for (const node of graph.nodes) {
          for (const depth of DEPTHS) {
            for (const direction of DIRECTIONS) {
              expect([...neighbourhood(graph, within, { id: node.id, depth, direction })].sort(), `${node.id} ${depth} ${direction}`).toEqual(byGraphology(graph, within, node.id, depth, direction));
            }
          }
        }
      }
    });
  }
});
