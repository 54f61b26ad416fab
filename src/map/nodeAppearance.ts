import type { MapNode } from '../analysis';
import { EVIDENCE_SCALE, type Dataset } from '../model';
import { indexOf } from '../store';
import { DOMAIN_COLOURS, TYPE_COLOURS, colourFor } from './palette';

/** How a node looks and is announced, from the dataset's own vocabularies. */
export function nodeColour(dataset: Dataset, node: Pick<MapNode, 'kind' | 'group'>): string {
  return node.kind === 'factor'
    ? colourFor(DOMAIN_COLOURS, dataset.vocabularies.domains.map((d) => d.id), node.group)
    : colourFor(TYPE_COLOURS, dataset.vocabularies.interventionTypes.map((t) => t.id), node.group);
}

export function describeNode(dataset: Dataset, node: MapNode): string {
  const index = indexOf(dataset);
  const links = `${node.degree} connection${node.degree === 1 ? '' : 's'}`;
  if (node.kind === 'factor') {
    return `Factor: ${node.label}. ${index.domain.get(node.group)?.label ?? node.group}. ${links}.`;
  }
  const intervention = index.intervention.get(node.id);
  const type = index.interventionType.get(node.group)?.label ?? node.group;
  const evidence = intervention ? ` Evidence: ${EVIDENCE_SCALE[intervention.evidence.strength].label.toLowerCase()}.` : '';
  return `Intervention: ${node.label}. ${type}.${evidence} ${links}.`;
}
