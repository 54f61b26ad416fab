import { useEditStore, useEditingOn } from '../../store/editing';

/** The header toggle: edit mode opens the editor beside the same map. */
export function EditModeButton() {
  const editing = useEditingOn();
  return (
    <button type="button" className="edit-mode-button" aria-pressed={editing} onClick={() => useEditStore.getState().setEditing(!editing)}>
      {editing ? 'Close editor' : 'Edit dataset'}
    </button>
  );
}
