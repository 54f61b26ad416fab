import type { Dataset } from '../../model';
import { sameValue as same } from '../../model';

/** One record added, changed or removed, with what changed in it field by field. */
export interface RecordChange {
  kind: 'added' | 'changed' | 'removed';
  /** `factors`, `links`, …, `vocabularies.stages`, `meta`, `positions`. */
  collection: string;
  id: string;
  name: string;
  fields: { field: string; before?: unknown; after?: unknown }[];
}

type AnyRecord = { id: string } & Record<string, unknown>;
const nameOf = (r: AnyRecord) => String(r.label ?? r.title ?? r.name ?? r.question ?? (r.from ? `${String(r.from)} → ${String(r.to)}` : r.id));

function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.filter((key) => !same(before[key], after[key])).map((field) => ({ field, before: before[field], after: after[field] }));
}

function compareLists(collection: string, before: AnyRecord[], after: AnyRecord[]): RecordChange[] {
  const old = new Map(before.map((r) => [r.id, r]));
  const now = new Map(after.map((r) => [r.id, r]));
  const changes: RecordChange[] = [];
  for (const r of after) {
    const was = old.get(r.id);
    if (!was) changes.push({ kind: 'added', collection, id: r.id, name: nameOf(r), fields: Object.entries(r).map(([field, value]) => ({ field, after: value })) });
    else if (!same(was, r)) changes.push({ kind: 'changed', collection, id: r.id, name: nameOf(r), fields: fieldChanges(was, r) });
  }
  for (const r of before) if (!now.has(r.id)) changes.push({ kind: 'removed', collection, id: r.id, name: nameOf(r), fields: [] });
  return changes;
}

/** What an edited dataset adds, changes and removes against the loaded one, record by record. */
export function datasetChanges(loaded: Dataset, edited: Dataset): RecordChange[] {
  const list = (d: Dataset, c: 'factors' | 'links' | 'interventions' | 'sources' | 'gaps' | 'loops') => (d[c] ?? []) as unknown as AnyRecord[];
  const changes: RecordChange[] = [];
  if (!same(loaded.meta, edited.meta)) changes.push({ kind: 'changed', collection: 'meta', id: 'meta', name: 'The dataset’s meta', fields: fieldChanges(loaded.meta, edited.meta) });
  for (const v of ['domains', 'stages', 'interventionTypes'] as const) {
    changes.push(...compareLists(`vocabularies.${v}`, loaded.vocabularies[v] as AnyRecord[], edited.vocabularies[v] as AnyRecord[]));
  }
  for (const c of ['sources', 'factors', 'links', 'interventions', 'gaps', 'loops'] as const) changes.push(...compareLists(c, list(loaded, c), list(edited, c)));
  const positions = (d: Dataset) => Object.entries(d.positions ?? {}).map(([id, p]) => ({ id, ...p }));
  changes.push(...compareLists('positions', positions(loaded), positions(edited)).map((c) => ({ ...c, name: `position of ${c.id}` })));
  return changes;
}
