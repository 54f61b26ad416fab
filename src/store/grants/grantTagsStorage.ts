import { get, set } from 'idb-keyval';
import { restoreTags, tagsRecord } from '../../io/grants/tagsFile';
import { useGrantsStore, type GrantsStore } from './grantsStore';

/**
 * The tagging is kept in this browser (IndexedDB) so a funder who reloads finds it again; the
 * grants themselves are not stored, and nothing is sent anywhere. Persistence is a subscriber to
 * the store: restore once (validated, as a file would be), then write after every change.
 */
export const GRANT_TAGS_KEY = 'reoffending-map:grant-tags';

let started: Promise<void> | null = null;

export function startGrantTagsStorage(): Promise<void> {
  started ??= (async () => {
    try {
      const stored: unknown = await get(GRANT_TAGS_KEY);
      if (stored !== undefined) {
        const restored = restoreTags(stored);
        if (restored.ok) {
          useGrantsStore.getState().mergeTags(restored.tags);
          useGrantsStore.getState().setStorage({ state: 'restored', count: Object.keys(restored.tags).length });
        } else {
          useGrantsStore.getState().setStorage({ state: 'failed', message: `The tagging saved in this browser could not be read (${restored.message}); it was left as it is.` });
        }
      }
    } catch (error) {
      useGrantsStore.getState().setStorage({ state: 'failed', message: `This browser's storage could not be read (${(error as Error).message}): tags will not be kept after a reload; download them instead.` });
      return;
    }
    let writing = Promise.resolve();
    useGrantsStore.subscribe((state: GrantsStore, previous: GrantsStore) => {
      if (state.tags === previous.tags) return;
      const tags = state.tags;
      writing = writing.then(async () => {
        try {
          await set(GRANT_TAGS_KEY, tagsRecord(tags));
        } catch (error) {
          useGrantsStore.getState().setStorage({ state: 'failed', message: `The tagging could not be saved in this browser (${(error as Error).message}); download it before closing the page.` });
        }
      });
    });
  })();
  return started;
}
