export { useEditStore, shownDatasetOf, HISTORY_LIMIT, type EditStore, type EditOutcome, type SaveStatus } from './editStore';
export type { EditAction, EditResult, Collection, VocabularyName, RecordOf } from './editAction';
export { startAutosave, restoreEdits, readSavedEdits, saveOverOtherTab, openOtherTabsEdits, AUTOSAVE_KEY } from './autosave';
export { useShownDataset, useEditingOn, useCanUndo, useCanRedo } from './useEditing';
export { sameValue } from '../../model';
// The editing actions are exported from ./actions: only the editor, loaded when someone edits, uses them.
