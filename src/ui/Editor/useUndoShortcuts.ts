import { useEffect } from 'react';
import { useEditStore } from '../../store/editing';

const isTextEntry = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && !['checkbox', 'radio', 'button'].includes((target as HTMLInputElement).type)));

/**
 * Ctrl or Cmd+Z undoes, with Shift (or Ctrl+Y) redoes. Inside a text field the browser's own
 * undo of typing is left alone, as in any editor.
 */
export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextEntry(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) useEditStore.getState().undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') useEditStore.getState().redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
