import type { Dataset, Factor, Intervention, Link, Source, Target, VocabularyEntry } from '../model';

/** Look-ups by id that panels need again and again. */
export interface DatasetIndex {
  factor: ReadonlyMap<string, Factor>;
  intervention: ReadonlyMap<string, Intervention>;
  source: ReadonlyMap<string, Source>;
  link: ReadonlyMap<string, Link>;
  domain: ReadonlyMap<string, VocabularyEntry>;
  stage: ReadonlyMap<string, VocabularyEntry>;
  interventionType: ReadonlyMap<string, VocabularyEntry>;
  linksFrom: ReadonlyMap<string, Link[]>;
  linksTo: ReadonlyMap<string, Link[]>;
  /** Interventions acting on each factor, with the effect. */
  actedOnBy: ReadonlyMap<string, Array<{ intervention: Intervention; effect: Target['effect'] }>>;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const actions = dataset.interventions.flatMap((intervention) =>
    intervention.targets.map((t) => ({ factor: t.factor, intervention, effect: t.effect })),
  );
  return {
    factor: byId(dataset.factors),
    intervention: byId(dataset.interventions),
    source: byId(dataset.sources),
    link: byId(dataset.links),
    domain: byId(dataset.vocabularies.domains),
    stage: byId(dataset.vocabularies.stages),
    interventionType: byId(dataset.vocabularies.interventionTypes),
    linksFrom: groupBy(dataset.links, (l) => l.from),
    linksTo: groupBy(dataset.links, (l) => l.to),
    actedOnBy: new Map(
      [...groupBy(actions, (a) => a.factor)].map(([factor, list]) => [
        factor,
        list.map(({ intervention, effect }) => ({ intervention, effect })),
      ]),
    ),
  };
}

/** A source's title by its id (the id where none is found), for lines a reader checks by hand. */
export function sourceTitles(index: Pick<DatasetIndex, 'source'>): (id: string) => string {
  return (id) => index.source.get(id)?.title ?? id;
}
