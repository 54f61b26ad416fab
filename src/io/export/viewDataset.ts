import type { Citation, Dataset, Intervention } from '../../model';

/** What a view shows, as the store derives it: node ids (factors and interventions) and link ids. */
export interface ShownItems {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export interface ViewDatasetResult {
  dataset: Dataset;
  /**
   * Hidden factors the file had to keep to stay a valid dataset: the outcome (meta.outcome must
   * name a factor) and the only targets of a shown intervention (an intervention acts on at least
   * one factor). Said in the file's description, so the export never passes them off as shown.
   */
  keptForValidity: string[];
}

/**
 * The view as a dataset of its own: exactly the shown factors, links and interventions, the sources
 * they cite, the gaps and named loops that lie wholly or partly among them, and their positions.
 * The result is a complete dataset file that `parseDataset` accepts, so it can be reopened or shared.
 */
export function toViewDataset(dataset: Dataset, shown: ShownItems, exportedOn: string): ViewDatasetResult {
  const factorIds = new Set(dataset.factors.filter((f) => shown.nodes.has(f.id)).map((f) => f.id));
  const keptForValidity = new Set<string>();
  const keep = (id: string) => {
    if (!factorIds.has(id)) {
      factorIds.add(id);
      keptForValidity.add(id);
    }
  };
  keep(dataset.meta.outcome);

  const interventions: Intervention[] = dataset.interventions
    .filter((i) => shown.nodes.has(i.id))
    .map((i) => {
      const targets = i.targets.filter((t) => shown.nodes.has(t.factor));
      if (targets.length > 0) return { ...i, targets };
      i.targets.forEach((t) => keep(t.factor));
      return i;
    });

  const factors = dataset.factors.filter((f) => factorIds.has(f.id));
  const links = dataset.links.filter((l) => shown.edges.has(l.id) && factorIds.has(l.from) && factorIds.has(l.to));
  const linkPairs = new Set(links.map((l) => `${l.from}→${l.to}`));
  const gaps = dataset.gaps
    .map((g) => ({ ...g, factors: g.factors.filter((id) => factorIds.has(id)) }))
    .filter((g) => g.factors.length > 0);
  const loops = (dataset.loops ?? []).filter((loop) =>
    loop.factors.every((id, i) => factorIds.has(id) && linkPairs.has(`${id}→${loop.factors[(i + 1) % loop.factors.length]}`)),
  );

  const cited = new Set<string>();
  const cite = (list: readonly Citation[]) => list.forEach((c) => cited.add(c.source));
  factors.forEach((f) => cite(f.citations));
  links.forEach((l) => cite(l.citations));
  interventions.forEach((i) => cite(i.evidence.citations));
  gaps.forEach((g) => cite(g.citations));

  const nodeIds = new Set([...factorIds, ...interventions.map((i) => i.id)]);
  const positions = dataset.positions
    ? Object.fromEntries(Object.entries(dataset.positions).filter(([id]) => nodeIds.has(id)))
    : undefined;

  const kept = [...keptForValidity];
  const keptNote =
    kept.length === 0
      ? ''
      : ` Not shown in the view but kept so that the file is a valid dataset: ${kept
          .map((id) => `"${dataset.factors.find((f) => f.id === id)?.label ?? id}"`)
          .join(', ')}.`;
  const description =
    `${dataset.meta.description}\n\nThis file is an exported view (${exportedOn}) of dataset version ${dataset.meta.version}: ` +
    `${factors.length - kept.length} of ${dataset.factors.length} factors, ${links.length} of ${dataset.links.length} links and ` +
    `${interventions.length} of ${dataset.interventions.length} interventions.${keptNote}`;

  const result: Dataset = {
    ...(dataset.$schema === undefined ? {} : { $schema: dataset.$schema }),
    meta: { ...dataset.meta, description: description.slice(0, 4000) },
    vocabularies: dataset.vocabularies,
    sources: dataset.sources.filter((s) => cited.has(s.id)),
    factors,
    links,
    interventions,
    gaps,
    ...(dataset.loops === undefined ? {} : { loops }),
    ...(positions === undefined ? {} : { positions }),
  };
  return { dataset: result, keptForValidity: kept };
}
