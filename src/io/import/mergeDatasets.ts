import { parseDataset, sameValue, type Dataset, type DatasetIssue } from '../../model';
import { createIdMaker } from './idMaker';

/**
 * Merges an imported dataset into the current one, for "merge" rather than "replace": records are
 * matched by id. A record only the import has is added; one both have is kept as it is (the
 * current dataset is the curated one) unless `prefer: 'incoming'`, for a file exported from this
 * map, edited elsewhere and brought back. The current meta stays. An imported node whose id names
 * a different kind of record here (a factor called like a source) is renamed first, with every
 * reference to it. The result is validated like any dataset; the preview says what changes.
 */

export interface MergeOptions {
  prefer?: 'current' | 'incoming';
}

type Collection = 'factors' | 'links' | 'interventions' | 'sources' | 'gaps' | 'loops';

export interface MergePreview {
  added: Record<Collection, string[]>;
  /** Records both have that differ: replaced with `prefer: 'incoming'`, else kept as they are. */
  differing: Record<Collection, string[]>;
  renamed: Array<{ from: string; to: string }>;
  positionsAdded: number;
}

export type MergeOutcome = { ok: true; dataset: Dataset; preview: MergePreview } | { ok: false; issues: DatasetIssue[]; preview: MergePreview };

const emptyLists = (): Record<Collection, string[]> => ({ factors: [], links: [], interventions: [], sources: [], gaps: [], loops: [] });

/** Renames node and source ids in a dataset, rewriting every place that refers to them. */
export function renameIds(dataset: Dataset, renames: Map<string, string>): Dataset {
  if (renames.size === 0) return dataset;
  const to = (id: string) => renames.get(id) ?? id;
  const cite = <T extends { source: string }>(citations: T[]) => citations.map((c) => ({ ...c, source: to(c.source) }));
  return {
    ...dataset,
    meta: { ...dataset.meta, outcome: to(dataset.meta.outcome) },
    sources: dataset.sources.map((s) => ({ ...s, id: to(s.id) })),
    factors: dataset.factors.map((f) => ({ ...f, id: to(f.id), citations: cite(f.citations) })),
    links: dataset.links.map((l) => ({ ...l, from: to(l.from), to: to(l.to), citations: cite(l.citations) })),
    interventions: dataset.interventions.map((i) => ({
      ...i,
      id: to(i.id),
      targets: i.targets.map((t) => ({ ...t, factor: to(t.factor) })),
      evidence: { ...i.evidence, citations: cite(i.evidence.citations) },
    })),
    gaps: dataset.gaps.map((g) => ({ ...g, factors: g.factors.map(to), citations: cite(g.citations) })),
    ...(dataset.loops ? { loops: dataset.loops.map((l) => ({ ...l, factors: l.factors.map(to) })) } : {}),
    ...(dataset.positions ? { positions: Object.fromEntries(Object.entries(dataset.positions).map(([id, p]) => [to(id), p])) } : {}),
  };
}

/** Ids that name one kind of record here and another in the import: the import's are renamed. */
function kindClashes(current: Dataset, incoming: Dataset): Map<string, string> {
  const kindOf = (d: Dataset) =>
    new Map<string, string>([...d.sources.map((s) => [s.id, 'source'] as const), ...d.factors.map((f) => [f.id, 'factor'] as const), ...d.interventions.map((i) => [i.id, 'intervention'] as const)]);
  const here = kindOf(current);
  const there = kindOf(incoming);
  const makeId = createIdMaker(new Set([...here.keys(), ...there.keys()]));
  const renames = new Map<string, string>();
  for (const [id, kind] of there) {
    const existing = here.get(id);
    if (existing !== undefined && existing !== kind) renames.set(id, makeId(undefined, `${id}-${kind}`, kind));
  }
  return renames;
}

export function mergeDatasets(current: Dataset, imported: Dataset, options: MergeOptions = {}): MergeOutcome {
  const prefer = options.prefer ?? 'current';
  const renames = kindClashes(current, imported);
  const incoming = renameIds(imported, renames);
  const preview: MergePreview = { added: emptyLists(), differing: emptyLists(), renamed: [...renames].map(([from, to]) => ({ from, to })), positionsAdded: 0 };
  const mergeList = <T extends { id: string }>(collection: Collection, mine: T[], theirs: T[]): T[] => {
    const byId = new Map(theirs.map((item) => [item.id, item]));
    const kept = mine.map((item) => {
      const other = byId.get(item.id);
      if (!other || sameValue(item, other)) return item;
      preview.differing[collection].push(item.id);
      return prefer === 'incoming' ? other : item;
    });
    const known = new Set(mine.map((item) => item.id));
    const added = theirs.filter((item) => !known.has(item.id));
    preview.added[collection].push(...added.map((item) => item.id));
    return [...kept, ...added];
  };
  const vocabulary = (name: keyof Dataset['vocabularies']) => {
    const known = new Set(current.vocabularies[name].map((entry) => entry.id));
    return [...current.vocabularies[name], ...incoming.vocabularies[name].filter((entry) => !known.has(entry.id))];
  };
  const positions = { ...current.positions };
  for (const [id, point] of Object.entries(incoming.positions ?? {})) {
    if (positions[id] && prefer === 'current') continue;
    if (!positions[id]) preview.positionsAdded++;
    positions[id] = point;
  }
  const loops = mergeList('loops', current.loops ?? [], incoming.loops ?? []);
  const merged: Dataset = {
    ...current,
    vocabularies: { domains: vocabulary('domains'), stages: vocabulary('stages'), interventionTypes: vocabulary('interventionTypes') },
    sources: mergeList('sources', current.sources, incoming.sources),
    factors: mergeList('factors', current.factors, incoming.factors),
    links: mergeList('links', current.links, incoming.links),
    interventions: mergeList('interventions', current.interventions, incoming.interventions),
    gaps: mergeList('gaps', current.gaps, incoming.gaps),
    ...(current.loops || loops.length > 0 ? { loops } : {}),
    ...(current.positions || Object.keys(positions).length > 0 ? { positions } : {}),
  };
  const parsed = parseDataset(merged);
  return parsed.ok ? { ok: true, dataset: parsed.dataset, preview } : { ok: false, issues: parsed.issues, preview };
}
