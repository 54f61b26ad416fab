import type { Dataset, Intervention, Link } from '../../model';
import { emptyTable, type Attributes, type GraphTable } from '../formats/graphTable';
import { extraAttributes, RECORD_KINDS } from '../recordExtras';

/**
 * Writes a dataset as a table every format can carry: factors and interventions as nodes, links
 * and intervention targets as edges, named loops by their links, positions, and the rest
 * ($schema, meta, vocabularies, sources, gaps, loops, stakes) as one context value for the formats that have room for it.
 * Structured fields (citations, examples) are JSON text, so a spreadsheet cell can hold them.
 * The attribute names are the ones the importer reads (import/recordFields), so each export re-imports.
 */

const json = (value: unknown) => JSON.stringify(value);
const defined = (attributes: Attributes): Attributes =>
  Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== undefined));

function interventionAttributes(i: Intervention): Attributes {
  return defined({
    id: i.id,
    label: i.label,
    'element type': 'Intervention',
    description: i.description,
    domain: i.domain,
    stages: i.stages.join(' | '),
    'intervention type': i.type,
    'evidence strength': i.evidence.strength,
    'evidence summary': i.evidence.summary,
    'evidence citations': json(i.evidence.citations),
    scale: i.scale,
    examples: i.examples ? json(i.examples) : undefined,
    ...extraAttributes(i, RECORD_KINDS.intervention),
    ...extraAttributes(i.evidence, RECORD_KINDS.evidence),
  });
}

const linkAttributes = (link: Link): Attributes => ({
  id: link.id,
  'connection type': link.polarity,
  basis: link.basis,
  description: link.description,
  citations: json(link.citations),
  ...extraAttributes(link, RECORD_KINDS.link),
});

/** The link a named loop takes between two members: the first from one to the other. */
function loopEdges(dataset: Dataset, factors: string[]): string[] {
  return factors.flatMap((from, i) => {
    const to = factors[(i + 1) % factors.length];
    return dataset.links.find((l) => l.from === from && l.to === to)?.id ?? [];
  });
}

export function datasetToTable(dataset: Dataset, format: string, fileName: string): GraphTable {
  const table = emptyTable(format, fileName);
  table.title = dataset.meta.title;
  table.description = dataset.meta.description;
  // Loops ride in the context too, for GEXF and GraphML, which have no place of their own for them.
  table.context = {
    ...(dataset.$schema === undefined ? {} : { $schema: dataset.$schema }),
    meta: dataset.meta,
    vocabularies: dataset.vocabularies,
    sources: dataset.sources,
    gaps: dataset.gaps,
    ...(dataset.loops === undefined ? {} : { loops: dataset.loops }),
    ...(dataset.stakes === undefined ? {} : { stakes: dataset.stakes }),
  };
  for (const f of dataset.factors) {
    table.nodes.push({
      key: f.id,
      attributes: { id: f.id, label: f.label, 'element type': 'Factor', description: f.description, domain: f.domain, stage: f.stage, citations: json(f.citations), ...extraAttributes(f, RECORD_KINDS.factor) },
    });
  }
  for (const i of dataset.interventions) table.nodes.push({ key: i.id, attributes: interventionAttributes(i) });
  for (const l of dataset.links) table.edges.push({ key: l.id, from: l.from, to: l.to, direction: 'directed', attributes: linkAttributes(l) });
  for (const i of dataset.interventions) {
    for (const t of i.targets) {
      table.edges.push({
        key: `${i.id}--${t.factor}`,
        from: i.id,
        to: t.factor,
        direction: 'directed',
        attributes: { 'connection type': t.effect === 'raises' ? '+' : '-', effect: t.effect, ...extraAttributes(t, RECORD_KINDS.target) },
      });
    }
  }
  for (const loop of dataset.loops ?? []) {
    table.loops.push({ key: loop.id, attributes: { id: loop.id, label: loop.name, description: loop.description }, edges: loopEdges(dataset, loop.factors) });
  }
  for (const [id, point] of Object.entries(dataset.positions ?? {})) table.positions.set(id, point);
  return table;
}
