import type { Dataset } from '../../../model';
import type { Collection } from '../editAction';

/** Follows a changed id through every field that names a record of that collection. */
export function renameReferences(dataset: Dataset, collection: Collection, from: string, to: string): Dataset {
  const swap = (id: string) => (id === from ? to : id);
  if (collection === 'factors') {
    dataset.links = dataset.links.map((l) => ({ ...l, from: swap(l.from), to: swap(l.to) }));
    dataset.interventions = dataset.interventions.map((i) => ({ ...i, targets: i.targets.map((t) => ({ ...t, factor: swap(t.factor) })) }));
    dataset.gaps = dataset.gaps.map((g) => ({ ...g, factors: g.factors.map(swap) }));
    if (dataset.loops) dataset.loops = dataset.loops.map((l) => ({ ...l, factors: l.factors.map(swap) }));
    dataset.meta = { ...dataset.meta, outcome: swap(dataset.meta.outcome) };
  }
  if ((collection === 'factors' || collection === 'interventions') && dataset.positions?.[from]) {
    const { [from]: point, ...rest } = dataset.positions;
    dataset.positions = { ...rest, [to]: point! };
  }
  if (collection === 'sources') {
    const cite = <T extends { source: string }>(list: T[]) => list.map((c) => ({ ...c, source: swap(c.source) }));
    dataset.factors = dataset.factors.map((f) => ({ ...f, citations: cite(f.citations) }));
    dataset.links = dataset.links.map((l) => ({ ...l, citations: cite(l.citations) }));
    dataset.interventions = dataset.interventions.map((i) => ({ ...i, evidence: { ...i.evidence, citations: cite(i.evidence.citations) } }));
    dataset.gaps = dataset.gaps.map((g) => ({ ...g, citations: cite(g.citations) }));
  }
  if (collection === 'gaps') dataset.links = dataset.links.map((l) => (l.openQuestion === from ? { ...l, openQuestion: to } : l));
  return dataset;
}
