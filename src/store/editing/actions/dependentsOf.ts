import type { Dataset } from '../../../model';
import type { Collection } from '../editAction';
import { plural } from '../../../model/plural';

/** What goes with a record when it is deleted, in words a person reads before agreeing. */
export interface Dependents {
  links: string[];
  targets: string[];
  gaps: string[];
  loops: string[];
  citations: number;
  openQuestions: string[];
  /** Why the record cannot be deleted at all (the outcome; a source every citation of a record needs). */
  blocker?: string;
}

export function dependentsOf(dataset: Dataset, collection: Collection, id: string): Dependents {
  const found: Dependents = { links: [], targets: [], gaps: [], loops: [], citations: 0, openQuestions: [] };
  if (collection === 'factors') {
    found.links = dataset.links.filter((l) => l.from === id || l.to === id).map((l) => l.id);
    found.targets = dataset.interventions.filter((i) => i.targets.some((t) => t.factor === id)).map((i) => i.id);
    found.gaps = dataset.gaps.filter((g) => g.factors.includes(id)).map((g) => g.id);
    found.loops = (dataset.loops ?? []).filter((l) => l.factors.includes(id)).map((l) => l.id);
    if (dataset.meta.outcome === id) found.blocker = 'it is the outcome of the map (meta.outcome); choose another outcome first';
  }
  if (collection === 'sources') {
    const all = [
      ...dataset.factors.flatMap((f) => f.citations),
      ...dataset.links.flatMap((l) => l.citations),
      ...dataset.interventions.flatMap((i) => i.evidence.citations),
      ...dataset.gaps.flatMap((g) => g.citations),
    ];
    found.citations = all.filter((c) => c.source === id).length;
  }
  if (collection === 'gaps') found.openQuestions = dataset.links.filter((l) => l.openQuestion === id).map((l) => l.id);
  return found;
}

export function describeDependents(d: Dependents): string[] {
  const lines: string[] = [];
  if (d.links.length) lines.push(`${plural(d.links.length, 'link')} to or from it (${d.links.join(', ')})`);
  if (d.targets.length) lines.push(`its place among the targets of ${plural(d.targets.length, 'intervention')} (${d.targets.join(', ')}); an intervention left with no target is deleted too`);
  if (d.gaps.length) lines.push(`its mention in ${plural(d.gaps.length, 'evidence gap')} (a gap left with no factor is deleted too)`);
  if (d.loops.length) lines.push(`${plural(d.loops.length, 'named loop')} through it (${d.loops.join(', ')})`);
  if (d.citations) lines.push(`${plural(d.citations, 'citation')} of it (a record left with no citation makes the dataset invalid, and the delete is refused)`);
  if (d.openQuestions.length) lines.push(`the open-question mark on ${plural(d.openQuestions.length, 'link')}`);
  return lines;
}
