import { lazy, Suspense, useEffect, useState } from 'react';
import { loadParseDataset, type Dataset } from '../../model';
import { useEditStore, useEditingOn } from '../../store/editing';

// The editor, its forms and the importers load only when edit mode opens or a file is dropped.
const EditorPanel = lazy(async () => (await Promise.all([import('./EditorPanel'), loadParseDataset()]))[0]);

/**
 * Loads the editor on demand, and takes a file dropped anywhere on the page to the import preview.
 * Only dragging files shows the drop target, so dragging a node on the map is left alone.
 */
export function EditorLoader({ dataset }: { dataset: Dataset }) {
  const editing = useEditingOn();
  const [dropped, setDropped] = useState<File[] | null>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      setDropped(files);
      useEditStore.getState().setEditing(true);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <>
      {dragging && <div className="drop-overlay">Drop a file to preview importing it</div>}
      {editing && (
        <Suspense fallback={<aside className="editor-panel" aria-busy="true">Loading the editor…</aside>}>
          <EditorPanel dataset={dataset} dropped={dropped} onDroppedTaken={() => setDropped(null)} />
        </Suspense>
      )}
    </>
  );
}
