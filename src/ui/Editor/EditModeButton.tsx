import { useEditStore, useEditingOn } from '../../store/editing';

/** The header toggle (pressed while editing): edit mode opens the editor beside the same map. */
export function EditModeButton() {
  const editing = useEditingOn();
  return (
    <button type="button" className="edit-mode-button" aria-pressed={editing} title={editing ? 'Close the editor' : 'Edit the dataset'} onClick={() => useEditStore.getState().setEditing(!editing)}>
      Edit
    </button>
  );
}
