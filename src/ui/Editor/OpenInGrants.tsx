import { useState } from 'react';
import type { Dataset } from '../../model';
import { useViewStore } from '../../store';
import { visibleText } from '../../io/visibleText';

/**
 * A 360Giving grants file given to the map's import: one press opens the Grants view and reads the
 * same files there, so the funder does not have to find and pick them again. The grants code loads
 * only on that press.
 */
export function OpenInGrants({ files, dataset }: { files: readonly File[]; dataset: Dataset }) {
  const [opening, setOpening] = useState(false);
  const open = async () => {
    setOpening(true);
    const { loadGrantsFile } = await import('../../store/grants/loadGrants');
    useViewStore.getState().setView('grants');
    for (const file of files) await loadGrantsFile(file, dataset);
    setOpening(false);
  };
  return (
    <p>
      <button type="button" disabled={opening} onClick={() => void open()}>
        Open {files.map((f) => visibleText(f.name)).join(', ')} in the Grants view
      </button>
    </p>
  );
}
