import type { Dataset } from '../model';
import { mapGraphOf } from '../store';
import { cautionOf, describeNode, evidenceOf, evidencePips, nodeAppearance, PIP_COUNT } from './nodeAppearance';
import type { PainterOptions } from './render/painter';

/** What every painter of a dataset's map is told about its nodes: looks, pips, cautions, names and the outcome. */
export type PainterLooks = Pick<PainterOptions, 'nodes' | 'edges' | 'appearance' | 'pips' | 'pipCount' | 'caution' | 'outcome' | 'describe'>;

/** The looks of a dataset's nodes, for the live map and for an export drawn from its scene alike. */
export function painterLooks(dataset: Dataset): PainterLooks {
  const graph = mapGraphOf(dataset);
  const outcome = graph.nodes.some((n) => n.id === dataset.meta.outcome) ? dataset.meta.outcome : undefined;
  return {
    nodes: graph.nodes,
    edges: graph.edges,
    appearance: (node) => nodeAppearance(dataset, node),
    pips: (node) => {
      const level = node.kind === 'intervention' ? evidenceOf(dataset, node.id) : undefined;
      return level ? evidencePips(level) : undefined;
    },
    pipCount: PIP_COUNT,
    caution: (node) => (node.kind === 'intervention' ? cautionOf(dataset, node.id) : undefined),
    outcome,
    describe: (node) => describeNode(dataset, node),
  };
}
