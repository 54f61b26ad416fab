import type { Dataset, Link } from '../model';
import { intendedOnly } from './intendedOnly';
import { outcomeVerdict } from './outcomeVerdict';

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
  /**
   * An intervention's action whose research found no clear effect on reoffending, or harm: the
   * arrow shows what it sets out to do, not a benefit, so it is drawn and named as "intended".
   */
  intended?: boolean;
  /** Of an intended action: its research found harm (more people reoffend), not merely no effect. */
  harmful?: boolean;
}

export interface MapGraph {
  nodes: MapNode[];
  edges: MapEdge[];
  /** Node ids that share an edge with each node, either direction. */
  neighbours: ReadonlyMap<string, ReadonlySet<string>>;
  /** Each node's kind, by id. */
  kinds: ReadonlyMap<string, NodeKind>;
  /**
   * Where each node's edges lead, and where its incoming ones come from (edges between known nodes
   * only). Plain adjacency is all the map's first paint and a focus's neighbourhood need, so the
   * map draws without waiting for a graph library; graphology builds the factor graph the
   * analyses (loops, paths, centrality, what-if) run on.
   */
  successors: ReadonlyMap<string, readonly string[]>;
  predecessors: ReadonlyMap<string, readonly string[]>;
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
    ...dataset.interventions.flatMap((intervention) => {
      const intended = intendedOnly(intervention);
      const harmful = intended && outcomeVerdict(intervention) === 'harmful';
      return intervention.targets.map((target) => ({
        id: `${intervention.id}>${target.factor}`,
        kind: 'action' as const,
        from: intervention.id,
        to: target.factor,
        polarity: target.effect === 'raises' ? ('+' as const) : ('-' as const),
        inferred: false,
        ...(intended ? { intended } : {}),
        ...(harmful ? { harmful } : {}),
      }));
    }),
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
  const kinds = new Map(nodes.map((node) => [node.id, node.kind]));
  const successors = new Map<string, string[]>(nodes.map((node) => [node.id, []]));
  const predecessors = new Map<string, string[]>(nodes.map((node) => [node.id, []]));
  for (const edge of edges) {
    if (edge.from === edge.to || !kinds.has(edge.from) || !kinds.has(edge.to)) continue;
    successors.get(edge.from)?.push(edge.to);
    predecessors.get(edge.to)?.push(edge.from);
  }
  return { nodes, edges, neighbours, kinds, successors, predecessors };
}
