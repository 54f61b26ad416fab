import { create } from 'zustand';
import type { Grant, GrantsProblem } from '../../io/grants/grant';
import type { GrantTags } from '../../io/grants/tagsFile';
import type { Dataset } from '../../model';
import type { GrantTagging } from '../../analysis/grants/grantTagging';

/** One funder's file as loaded: several can be open together and are told apart by name. */
export interface LoadedGrantsFile {
  fileName: string;
  grants: Grant[];
  /** The funding organisations named in it (usually one). */
  funders: string[];
  /** The suggestions worked out as the file was read, for the map it was read against. */
  taggings: { dataset: Dataset; taggings: GrantTagging[] } | null;
}

export type TagStorage = { state: 'idle' } | { state: 'restored'; count: number } | { state: 'saved' } | { state: 'failed'; message: string };

export interface GrantsState {
  files: LoadedGrantsFile[];
  /** The person's decisions, by grant identifier; a grant with none shows its suggestions, unconfirmed. */
  tags: GrantTags;
  /** The last file that could not be read, with located problems, or null. */
  problems: { fileName: string; problems: GrantsProblem[] } | null;
  loading: string | null;
  storage: TagStorage;
}

export interface GrantsActions {
  addFile(file: LoadedGrantsFile): void;
  removeFile(fileName: string): void;
  setProblems(problems: GrantsState['problems']): void;
  setLoading(what: string | null): void;
  /** Confirms these interventions for the grant (an empty list: the grant is not on the map). */
  decide(grantId: string, interventions: string[]): void;
  /** Forgets the decision: the grant shows its suggestions again. */
  undecide(grantId: string): void;
  /** Sets or (with null) forgets decisions by grant: the bulk actions and their undo. */
  setDecisions(changes: ReadonlyMap<string, string[] | null>): void;
  /** Tags from storage or a file: added over the present ones. */
  mergeTags(tags: GrantTags): void;
  setStorage(storage: TagStorage): void;
}

export type GrantsStore = GrantsState & GrantsActions;

const INITIAL: GrantsState = { files: [], tags: {}, problems: null, loading: null, storage: { state: 'idle' } };

/** A grant is keyed by its identifier; a file loaded twice replaces itself rather than doubling its money. */
export const useGrantsStore = create<GrantsStore>()((set) => ({
  ...INITIAL,
  addFile: (file) => set((s) => ({ files: [...s.files.filter((f) => f.fileName !== file.fileName), file], problems: null, loading: null })),
  removeFile: (fileName) => set((s) => ({ files: s.files.filter((f) => f.fileName !== fileName) })),
  setProblems: (problems) => set({ problems, loading: null }),
  setLoading: (loading) => set({ loading }),
  decide: (grantId, interventions) => set((s) => ({ tags: { ...s.tags, [grantId]: { interventions } } })),
  undecide: (grantId) =>
    set((s) => {
      const tags = { ...s.tags };
      delete tags[grantId];
      return { tags };
    }),
  setDecisions: (changes) =>
    set((s) => {
      const tags = { ...s.tags };
      for (const [id, interventions] of changes) {
        if (interventions === null) delete tags[id];
        else tags[id] = { interventions };
      }
      return { tags };
    }),
  mergeTags: (incoming) => set((s) => ({ tags: { ...s.tags, ...incoming } })),
  setStorage: (storage) => set({ storage }),
}));

/** For tests: back to no files and no tags. */
export function resetGrantsStore(): void {
  useGrantsStore.setState(INITIAL);
}
