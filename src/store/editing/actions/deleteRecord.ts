import type { Dataset } from '../../../model';
import { copyOf, type Collection, type EditAction } from '../editAction';

/** Deletes a record and what cannot stand without it (see dependentsOf, which the UI shows first). */
export function deleteRecord(collection: Collection, id: string): EditAction {
  return (current) => {
    const dataset: Dataset = copyOf(current);
    const without = <T extends { id: string }>(list: T[]) => list.filter((r) => r.id !== id);
    if (collection === 'loops') dataset.loops = without(dataset.loops ?? []);
    else (dataset as unknown as Record<string, { id: string }[]>)[collection] = without(dataset[collection] as { id: string }[]);
    if (collection === 'factors') {
      dataset.links = dataset.links.filter((l) => l.from !== id && l.to !== id);
      dataset.interventions = dataset.interventions
        .map((i) => ({ ...i, targets: i.targets.filter((t) => t.factor !== id) }))
        .filter((i) => i.targets.length > 0);
      dataset.gaps = dataset.gaps.map((g) => ({ ...g, factors: g.factors.filter((f) => f !== id) })).filter((g) => g.factors.length > 0);
      if (dataset.loops) dataset.loops = dataset.loops.filter((l) => !l.factors.includes(id));
    }
    if (collection === 'sources') {
      const keep = <T extends { source: string }>(list: T[]) => list.filter((c) => c.source !== id);
      dataset.factors = dataset.factors.map((f) => ({ ...f, citations: keep(f.citations) }));
      dataset.links = dataset.links.map((l) => ({ ...l, citations: keep(l.citations) }));
      dataset.interventions = dataset.interventions.map((i) => ({ ...i, evidence: { ...i.evidence, citations: keep(i.evidence.citations) } }));
      dataset.gaps = dataset.gaps.map((g) => ({ ...g, citations: keep(g.citations) }));
    }
    if (collection === 'gaps') dataset.links = dataset.links.map(({ openQuestion, ...l }) => (openQuestion === id || openQuestion === undefined ? l : { ...l, openQuestion }));
    if (dataset.positions?.[id]) delete dataset.positions[id];
    return { dataset, entersHistory: true };
  };
}
