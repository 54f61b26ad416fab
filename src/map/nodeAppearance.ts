import type { MapNode } from '../analysis';
import { EVIDENCE_SCALE, type Dataset } from '../model';
import { DOMAIN_COLOURS, TYPE_COLOURS, colourFor } from './palette';

/** How a node looks and is announced, from the dataset's own vocabularies. */
export function nodeColour(dataset: Dataset, node: Pick<MapNode, 'kind' | 'group'>): string {
  return node.kind === 'factor'
    ? colourFor(DOMAIN_COLOURS, dataset.vocabularies.domains.map((d) => d.id), node.group)
    : colourFor(TYPE_COLOURS, dataset.vocabularies.interventionTypes.map((t) => t.id), node.group);
}

export function describeNode(dataset: Dataset, node: MapNode): string {
  const links = `${node.degree} connection${node.degree === 1 ? '' : 's'}`;
  if (node.kind === 'factor') {
    const domain = dataset.vocabularies.domains.find((d) => d.id === node.group)?.label ?? node.group;
    return `Factor: ${node.label}. ${domain}. ${links}.`;
  }
  const intervention = dataset.interventions.find((i) => i.id === node.id);
  const type = dataset.vocabularies.interventionTypes.find((t) => t.id === node.group)?.label ?? node.group;
  const evidence = intervention ? ` Evidence: ${EVIDENCE_SCALE[intervention.evidence.strength].label.toLowerCase()}.` : '';
  return `Intervention: ${node.label}. ${type}.${evidence} ${links}.`;
}
