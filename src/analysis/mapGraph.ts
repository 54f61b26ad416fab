import Graph from 'graphology';
import type { Dataset, Link } from '../model';

/**
 * The map's graph: factors and interventions as nodes; causal links and intervention actions as
 * edges. An intervention that "raises" a factor reads like a + link, "lowers" like a - link.
 */
export type NodeKind = 'factor' | 'intervention';
export type EdgeKind = 'link' | 'action';
/** The sign of a link, as the schema defines it: + more means more, - more means less. */
export type Polarity = Link['polarity'];

export interface MapNode {
  id: string;
  kind: NodeKind;
  label: string;
  /** Domain id for a factor, intervention type id for an intervention: what colours it. */
  group: string;
  /** Positions in the journey (indices into vocabularies.stages) the node belongs to. */
  stageIndices: number[];
  degree: number;
}

export interface MapEdge {
  id: string;
  kind: EdgeKind;
  from: string;
  to: string;
  polarity: Polarity;
  inferred: boolean;
}

export interface MapGraph {
  nodes: MapNode[];
  edges: MapEdge[];
  /** Node ids that share an edge with each node, either direction. */
  neighbours: ReadonlyMap<string, ReadonlySet<string>>;
  /** The same nodes and edges as a graphology graph, for traversal and graph algorithms. */
  graph: Graph;
}

export function buildMapGraph(dataset: Dataset): MapGraph {
  const stageIndex = new Map(dataset.vocabularies.stages.map((stage, i) => [stage.id, i]));
  const edges: MapEdge[] = [
    ...dataset.links.map((link) => ({
      id: link.id,
      kind: 'link' as const,
      from: link.from,
      to: link.to,
      polarity: link.polarity,
      inferred: link.basis === 'inferred',
    })),
    ...dataset.interventions.flatMap((intervention) =>
      intervention.targets.map((target) => ({
        id: `${intervention.id}>${target.factor}`,
        kind: 'action' as const,
        from: intervention.id,
        to: target.factor,
        polarity: target.effect === 'raises' ? ('+' as const) : ('-' as const),
        inferred: false,
      })),
    ),
  ];
  const neighbours = new Map<string, Set<string>>();
  const touch = (a: string, b: string) => {
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    neighbours.get(a)?.add(b);
  };
  for (const edge of edges) {
    touch(edge.from, edge.to);
    touch(edge.to, edge.from);
  }
  const degrees = new Map<string, number>();
  for (const edge of edges) {
    degrees.set(edge.from, (degrees.get(edge.from) ?? 0) + 1);
    degrees.set(edge.to, (degrees.get(edge.to) ?? 0) + 1);
  }
  const nodes: MapNode[] = [
    ...dataset.factors.map((factor) => ({
      id: factor.id,
      kind: 'factor' as const,
      label: factor.label,
      group: factor.domain,
      stageIndices: [stageIndex.get(factor.stage) ?? 0],
      degree: degrees.get(factor.id) ?? 0,
    })),
    ...dataset.interventions.map((intervention) => ({
      id: intervention.id,
      kind: 'intervention' as const,
      label: intervention.label,
      group: intervention.type,
      stageIndices: intervention.stages.map((s) => stageIndex.get(s) ?? 0),
      degree: degrees.get(intervention.id) ?? 0,
    })),
  ];
  const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  for (const node of nodes) graph.addNode(node.id, { kind: node.kind });
  for (const edge of edges) {
    if (graph.hasNode(edge.from) && graph.hasNode(edge.to)) graph.addEdge(edge.from, edge.to, { id: edge.id, kind: edge.kind });
  }
  return { nodes, edges, neighbours, graph };
}
