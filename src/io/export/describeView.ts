import { EVIDENCE_SCALE, IMPACT_SCALE, type Dataset, type VocabularyEntry } from '../../model';
import { costFilterLabel, isFiltering, type Focus, type ViewFilter, type Visibility } from '../../analysis';

/** The parts of a view that change what it shows or stresses (the store's ViewState has them all). */
export interface DescribedView {
  filter: ViewFilter;
  focus: Focus | null;
  selectedId: string | null;
  loopId: string | null;
  path: { from: string; to: string } | null;
  fund: readonly string[];
}

const DIRECTION_WORDS = { in: 'leading to', out: 'following from', both: 'around' } as const;

function labels(vocabulary: readonly VocabularyEntry[], ids: readonly string[]): string {
  return ids.map((id) => vocabulary.find((entry) => entry.id === id)?.label ?? id).join(', ');
}

/**
 * The view in words, one sentence a line, for what an export prints under its title: so an image
 * of a filtered view says it is filtered, and never claims more than it shows.
 */
export function describeView(dataset: Dataset, view: DescribedView, visibility: Visibility): string[] {
  const nameOf = (id: string) =>
    dataset.factors.find((f) => f.id === id)?.label ?? dataset.interventions.find((i) => i.id === id)?.label ?? id;
  const { filter } = view;
  const { domains, stages, interventionTypes } = dataset.vocabularies;
  const lines: string[] = [];

  if (isFiltering(filter)) {
    const parts: string[] = [];
    if (filter.types.length) parts.push(`intervention type ${labels(interventionTypes, filter.types)}`);
    if (filter.minEvidence) parts.push(`evidence ${EVIDENCE_SCALE[filter.minEvidence].label.toLowerCase()} or stronger`);
    if (filter.domains.length) parts.push(`domain ${labels(domains, filter.domains)}`);
    if (filter.stages.length) parts.push(`stage ${labels(stages, filter.stages)}`);
    if (filter.scales.length) parts.push(`funding scale ${filter.scales.join(', ')}`);
    if (filter.impacts?.length) parts.push(`impact ${filter.impacts.map((level) => IMPACT_SCALE[level].label.toLowerCase()).join(', ')}`);
    if (filter.costs?.length) parts.push(`cost ${filter.costs.map((value) => costFilterLabel(value).toLowerCase()).join(', ')}`);
    if (filter.onlyReached) parts.push('only the factors these interventions act on');
    lines.push(`Filtered view: ${parts.join('; ')}.`);
  } else {
    lines.push('Whole map: no filter.');
  }
  if (view.focus) {
    const steps = view.focus.depth === 1 ? '1 step' : `${view.focus.depth} steps`;
    lines.push(`Focused on what lies within ${steps} ${DIRECTION_WORDS[view.focus.direction]} “${nameOf(view.focus.id)}”.`);
  }
  const factors = countNodes(dataset, visibility, 'factors');
  const interventions = countNodes(dataset, visibility, 'interventions');
  const factorWords = factors === dataset.factors.length ? `all ${factors}` : `${factors} of ${dataset.factors.length}`;
  lines.push(`Showing ${factorWords} factors and ${interventions} of ${dataset.interventions.length} interventions.`);
  if (view.path) lines.push(`Traced: causal paths from “${nameOf(view.path.from)}” to “${nameOf(view.path.to)}”.`);
  else if (view.loopId) {
    const named = dataset.loops?.find((loop) => loop.id === view.loopId);
    lines.push(`Traced: the feedback loop ${named ? `“${named.name}”` : view.loopId.split('~').map((id) => `“${nameOf(id)}”`).join(' → ')}.`);
  }
  if (view.fund.length) lines.push(`What-if (an illustration, not a forecast): funding ${view.fund.map((id) => `“${nameOf(id)}”`).join(', ')}.`);
  if (view.selectedId) lines.push(`Selected: “${nameOf(view.selectedId)}”.`);
  return lines;
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
