import { useState } from 'react';
import { useBelowHeader } from './useBelowHeader';
import type { Dataset } from '../../model';
import { useCanRedo, useCanUndo, useEditStore, type EditStore } from '../../store/editing';
import { RecordSection } from './RecordSection';
import { factorKind, gapKind, interventionKind, linkKind, loopKind, sourceKind } from './recordKinds';
import { VocabularySection } from './VocabularySection';
import { ChangesView } from './ChangesView';
import { ImportSection } from './ImportSection';
import { useUndoShortcuts } from './useUndoShortcuts';
import './editor.css';

const SECTIONS = ['Factors', 'Links', 'Interventions', 'Sources', 'Gaps', 'Loops', 'Vocabularies', 'Changes', 'Import and export'] as const;
type Section = (typeof SECTIONS)[number];

const selectSave = (s: EditStore) => s.save;

interface EditorPanelProps {
  dataset: Dataset;
  dropped: File[] | null;
  onDroppedTaken(): void;
}

/** Edit mode: the forms beside the same map, undo and redo, and where the autosave stands. */
export default function EditorPanel({ dataset, dropped, onDroppedTaken }: EditorPanelProps) {
  // A file dropped while the editor was closed opens it on the import, which reads the file at once.
  const [section, setSection] = useState<Section>(dropped ? 'Import and export' : 'Factors');
  const canUndo = useCanUndo();
  const canRedo = useCanRedo();
  const save = useEditStore(selectSave);
  useUndoShortcuts();
  const top = useBelowHeader();
  // A dropped file opens the import preview (state adjusted while rendering, as React advises).
  const [seenDrop, setSeenDrop] = useState(dropped);
  if (dropped !== seenDrop) {
    setSeenDrop(dropped);
    if (dropped) setSection('Import and export');
  }

  return (
    <aside className="editor-panel" aria-label="Dataset editor" style={{ top }}>
      <div className="editor-toolbar">
        <h2>Edit the dataset</h2>
        <button type="button" disabled={!canUndo} onClick={() => useEditStore.getState().undo()} aria-keyshortcuts="Control+Z Meta+Z">
          Undo
        </button>
        <button type="button" disabled={!canRedo} onClick={() => useEditStore.getState().redo()} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z">
          Redo
        </button>
        <span className="save-state" role="status">
          {save.state === 'saved' ? 'Saved in this browser' : save.state === 'failed' || save.state === 'conflict' ? 'Not saved in this browser' : ''}
        </span>
      </div>
      <label className="editor-section-picker">
        Section
        <select value={section} onChange={(e) => setSection(e.target.value as Section)}>
          {SECTIONS.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      {section === 'Factors' && <RecordSection key="factors" kind={factorKind} dataset={dataset} />}
      {section === 'Links' && <RecordSection key="links" kind={linkKind} dataset={dataset} />}
      {section === 'Interventions' && <RecordSection key="interventions" kind={interventionKind} dataset={dataset} />}
      {section === 'Sources' && <RecordSection key="sources" kind={sourceKind} dataset={dataset} />}
      {section === 'Gaps' && <RecordSection key="gaps" kind={gapKind} dataset={dataset} />}
      {section === 'Loops' && <RecordSection key="loops" kind={loopKind} dataset={dataset} />}
      {section === 'Vocabularies' && <VocabularySection dataset={dataset} />}
      {section === 'Changes' && <ChangesView dataset={dataset} />}
      {section === 'Import and export' && <ImportSection dataset={dataset} dropped={dropped} onDroppedTaken={onDroppedTaken} />}
    </aside>
  );
}
