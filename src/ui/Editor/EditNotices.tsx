import { openOtherTabsEdits, saveOverOtherTab, useEditStore, type EditStore } from '../../store/editing';
import './editNotices.css';

const selectRestoredAt = (s: EditStore) => s.restoredAt;
const selectSave = (s: EditStore) => s.save;

/**
 * The notice's buttons take the notice away with them: focus goes on to the Edit button beside
 * the header (the work the notice was about), never falls back to the page's body.
 */
function thenFocusEdit(action: () => void) {
  return () => {
    action();
    document.querySelector<HTMLElement>('.edit-mode-button')?.focus();
  };
}

/** Restored work (keep it or return to the published dataset) and storage failures, above the map. */
export function EditNotices() {
  const restoredAt = useEditStore(selectRestoredAt);
  const save = useEditStore(selectSave);
  return (
    <>
      {restoredAt !== null && (
        <div className="edit-notice" role="status">
          <p>
            Unsaved edits from {restoredAt === 'unknown' ? 'an unknown time' : new Date(restoredAt).toLocaleString()} were restored from this browser. The map shows your edited
            dataset, not the published one.
          </p>
          <button type="button" onClick={thenFocusEdit(() => useEditStore.getState().keepRestored())}>
            Keep editing
          </button>
          <button type="button" onClick={thenFocusEdit(() => useEditStore.getState().discard())}>
            Discard and return to the published dataset
          </button>
        </div>
      )}
      {save.state === 'conflict' && (
        <div className="edit-notice edit-notice--error" role="alert">
          <p>
            Another tab saved edits to this dataset at {new Date(save.at).toLocaleTimeString()}, after this tab last saved. Your latest edit was not
            saved over them: it is still open here. Choose whose edits this browser keeps.
          </p>
          <button type="button" onClick={() => void saveOverOtherTab()}>
            Keep this tab’s edits
          </button>
          <button type="button" onClick={() => void openOtherTabsEdits()}>
            Open the other tab’s edits here
          </button>
        </div>
      )}
      {save.state === 'failed' && (
        <div className="edit-notice edit-notice--error" role="alert">
          <p>{save.message}</p>
        </div>
      )}
    </>
  );
}
