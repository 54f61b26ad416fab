import { actionWords, costOf, impactOf } from '../../analysis';
import { EFFECT_DIRECTION_LABELS, IMPACT_SCALE, type Citation, type Dataset, type VocabularyEntry } from '../../model';
import type { ShownItems } from '../export/viewDataset';
import { writeCsv } from './writeCsv';

export interface ViewTables {
  factors: string;
  links: string;
  interventions: string;
}

const labelOf = (vocabulary: readonly VocabularyEntry[], id: string) => vocabulary.find((entry) => entry.id === id)?.label ?? id;

/** A citation in one cell: the source's title and its exact words, or (an external source) what it found and where. */
function citationText(dataset: Dataset, citation: Citation): string {
  const source = dataset.sources.find((s) => s.id === citation.source);
  const title = source?.title ?? citation.source;
  if (citation.quote !== undefined) return `${title}: “${citation.quote}”`;
  return `${title}: ${citation.finding ?? ''}${citation.locator ? ` (${citation.locator})` : ''}`;
}

const citationsCell = (dataset: Dataset, list: readonly Citation[]) => list.map((c) => citationText(dataset, c)).join('\n');

/** The shown factors, links and interventions as three CSV tables, with labels beside ids. */
export function toViewTables(dataset: Dataset, shown: ShownItems): ViewTables {
  const { domains, stages, interventionTypes } = dataset.vocabularies;
  const factorLabel = new Map(dataset.factors.map((f) => [f.id, f.label]));
  const factors = dataset.factors.filter((f) => shown.nodes.has(f.id));
  const links = dataset.links.filter((l) => shown.edges.has(l.id));
  const interventions = dataset.interventions.filter((i) => shown.nodes.has(i.id));

  return {
    factors: writeCsv(
      ['id', 'label', 'domain', 'stage', 'description', 'citations'],
      factors.map((f) => [f.id, f.label, labelOf(domains, f.domain), labelOf(stages, f.stage), f.description, citationsCell(dataset, f.citations)]),
    ),
    links: writeCsv(
      ['id', 'from', 'from label', 'to', 'to label', 'polarity', 'basis', 'description', 'citations'],
      links.map((l) => [
        l.id,
        l.from,
        factorLabel.get(l.from) ?? l.from,
        l.to,
        factorLabel.get(l.to) ?? l.to,
        l.polarity === '+' ? 'more leads to more (+)' : 'more leads to less (−)',
        l.basis,
        l.description,
        citationsCell(dataset, l.citations),
      ]),
    ),
    interventions: writeCsv(
      // Impact, direction and cost in the words the table shows, one column each (issue 22).
      ['id', 'label', 'type', 'domain', 'stages', 'evidence', 'impact', 'direction', 'cost per participant', 'evidence summary', 'acts on', 'examples', 'citations'],
      interventions.map((i) => [
        i.id,
        i.label,
        labelOf(interventionTypes, i.type),
        labelOf(domains, i.domain),
        i.stages.map((s) => labelOf(stages, s)).join(' | '),
        i.evidence.strength,
        IMPACT_SCALE[impactOf(i).level].label,
        i.evidence.direction ? EFFECT_DIRECTION_LABELS[i.evidence.direction] : 'Not recorded',
        costOf(i).text,
        i.evidence.summary,
        // As the table says it: an action the research found harm or no effect from is only intended.
        i.targets.map((t) => `${actionWords(i, t.effect)} ${factorLabel.get(t.factor) ?? t.factor}`).join(' | '),
        (i.examples ?? []).map((e) => (e.url ? `${e.organisation} (${e.url})` : e.organisation)).join(' | '),
        citationsCell(dataset, i.evidence.citations),
      ]),
    ),
  };
}
