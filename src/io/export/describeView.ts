import type { Dataset } from '../../model';
import type { Visibility } from '../../analysis';

/**
 * How much of the map a view shows, as an export prints it between what the view is narrowed to and
 * what it stresses (the view's own pieces say those: store/viewPieces/describeView.ts).
 */
export function shownLine(dataset: Dataset, visibility: Visibility): string {
  const factors = countNodes(dataset, visibility, 'factors');
  const interventions = countNodes(dataset, visibility, 'interventions');
  const factorWords = factors === dataset.factors.length ? `all ${factors}` : `${factors} of ${dataset.factors.length}`;
  return `Showing ${factorWords} factors and ${interventions} of ${dataset.interventions.length} interventions.`;
}

function countNodes(dataset: Dataset, visibility: Visibility, kind: 'factors' | 'interventions'): number {
  return dataset[kind].filter((item) => visibility.nodes.has(item.id)).length;
}

/** The lines an export prints at its foot: where the data comes from and how to cite it. */
export function attributionLines(dataset: Dataset, exportedOn: string, link: string): string[] {
  const { meta } = dataset;
  return [
    `${meta.title}, dataset version ${meta.version} (updated ${meta.updated}), ${meta.licence}. Exported ${exportedOn}.`,
    `Cite as: ${meta.citeAs}`,
    `This view: ${link}`,
  ];
}
