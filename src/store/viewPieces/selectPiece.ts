import type { Dataset } from '../../model';
import { indexOf } from '../derived';
import type { CorePiece } from './viewPiece';
import { idPiece } from './pieceShapes';
import { nameOf } from './nameOf';

/** `select=`: the item whose details are open: a node, a source, a link (its arrow) or a gap. */
export const selectPiece: CorePiece<'selectedId'> = {
  ...idPiece('selectedId', 'select'),
  sanitise(id, { dataset, notices }) {
    if (id === null || describeSelected(dataset, id) !== null) return id;
    notices.push(`Ignored select "${id}": this dataset has no such item.`);
    return null;
  },
  describe: (id, dataset) => (id ? { selected: [`Selected: “${nameOf(dataset, id)}”.`] } : {}),
  announce: (before, after, { dataset }) =>
    after === before ? [] : [after ? `Selected ${describeSelected(dataset, after) ?? after}. Its details are open.` : 'Selection cleared.'],
};

/** What a selected id names, in words a screen reader can say ("Fear of recall, factor"), or null if nothing. */
function describeSelected(dataset: Dataset, id: string): string | null {
  const index = indexOf(dataset);
  const factor = index.factor.get(id);
  if (factor) return `${factor.label}, factor`;
  const intervention = index.intervention.get(id);
  if (intervention) return `${intervention.label}, intervention`;
  const source = index.source.get(id);
  if (source) return `${source.title}, source`;
  const link = index.link.get(id);
  if (link) {
    const label = (end: string) => index.factor.get(end)?.label ?? end;
    return `link from ${label(link.from)} to ${label(link.to)}`;
  }
  const gap = dataset.gaps.find((g) => g.id === id);
  return gap ? `evidence gap: ${gap.question}` : null;
}
