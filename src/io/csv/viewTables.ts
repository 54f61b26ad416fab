import type { Citation, Dataset, VocabularyEntry } from '../../model';
import type { ShownItems } from '../export/viewDataset';
import { writeCsv } from './writeCsv';

export interface ViewTables {
  factors: string;
  links: string;
  interventions: string;
}

const labelOf = (vocabulary: readonly VocabularyEntry[], id: string) => vocabulary.find((entry) => entry.id === id)?.label ?? id;

/** A citation in one cell: the source's title and its exact words. */
function citationText(dataset: Dataset, citation: Citation): string {
  const source = dataset.sources.find((s) => s.id === citation.source);
  return `${source?.title ?? citation.source}: “${citation.quote}”`;
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
      ['id', 'label', 'type', 'domain', 'stages', 'evidence', 'evidence summary', 'acts on', 'examples', 'citations'],
      interventions.map((i) => [
        i.id,
        i.label,
        labelOf(interventionTypes, i.type),
        labelOf(domains, i.domain),
        i.stages.map((s) => labelOf(stages, s)).join(' | '),
        i.evidence.strength,
        i.evidence.summary,
        i.targets.map((t) => `${t.effect} ${factorLabel.get(t.factor) ?? t.factor}`).join(' | '),
        (i.examples ?? []).map((e) => (e.url ? `${e.organisation} (${e.url})` : e.organisation)).join(' | '),
        citationsCell(dataset, i.evidence.citations),
      ]),
    ),
  };
}
