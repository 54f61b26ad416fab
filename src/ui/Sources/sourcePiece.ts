import { SOURCE_KIND_LABELS, type Dataset } from '../../model';
import { idPiece, indexOf, type ViewPiece } from '../../store';

const titleOf = (dataset: Dataset, id: string) => {
  const source = indexOf(dataset).source.get(id);
  return source ? `“${source.title}” (${SOURCE_KIND_LABELS[source.kind].toLowerCase()})` : id;
};

/** `source=`: the source chosen in the Sources panel, whose citing records it lists. */
export const sourcePiece: ViewPiece<string | null> = {
  ...idPiece('source', 'source'),
  sanitise(id, { dataset, notices }) {
    if (id === null || indexOf(dataset).source.has(id)) return id;
    notices.push(`Ignored source "${id}": this dataset has no such source.`);
    return null;
  },
  describe: (id, dataset) => (id ? { stress: [`Source chosen: ${titleOf(dataset, id)}.`] } : {}),
  announce: (before, after, { dataset }) =>
    after === before ? [] : [after ? `Source chosen: ${titleOf(dataset, after)}. The records that cite it are listed.` : 'Source cleared.'],
};
