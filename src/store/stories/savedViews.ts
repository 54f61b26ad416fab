import { get, set } from 'idb-keyval';
import { create } from 'zustand';
import { STORY_FORMAT, type Story } from '../../model';
import type { SavedView, StoryDraft } from './savedViewsRecord';
import { EMPTY_DRAFT } from './emptyDraft';

export type { SavedView, StoryDraft } from './savedViewsRecord';

interface SavedViewsState {
  /** Which dataset's views these are (saved views are kept per dataset title). */
  key: string | null;
  views: SavedView[];
  draft: StoryDraft;
  /** Set when the browser refused to keep them (private mode, storage full): shown, never silent. */
  storageProblem: string | null;
  /** What was set aside when reading them back (damaged or from another version), and where. */
  restoreProblem: string | null;
}

interface SavedViewsActions {
  loadFor(datasetTitle: string): Promise<void>;
  saveView(name: string, view: string): void;
  removeView(index: number): void;
  addStep(view: SavedView): void;
  updateStep(index: number, change: Partial<StoryDraft['steps'][number]>): void;
  moveStep(index: number, by: -1 | 1): void;
  removeStep(index: number): void;
  setStoryTitle(title: string): void;
  /** Replaces the draft with an imported or opened story. */
  loadStory(story: Story): void;
}

const storageKey = (title: string) => `reoffending-map:saved-views:${title}`;

/** The draft as a story file, or null while it has no step (a story needs at least one). */
export function draftToStory(draft: StoryDraft, datasetTitle: string): Story | null {
  // A step with no caption yet reads its title aloud: a story file needs text in both.
  const steps = draft.steps.map((s) => {
    const title = s.title.trim() || 'Untitled step';
    return { title, caption: s.caption.trim() || title, view: s.view };
  });
  if (steps.length === 0) return null;
  return {
    format: STORY_FORMAT,
    version: 1,
    title: draft.title.trim() || 'Untitled story',
    dataset: datasetTitle,
    steps,
  };
}

export const useSavedViews = create<SavedViewsState & SavedViewsActions>()((setState, getState) => {
  const persist = () => {
    const { key, views, draft } = getState();
    if (!key) return;
    set(key, { views, draft }).then(
      () => setState({ storageProblem: null }),
      (error: unknown) =>
        setState({
          storageProblem: `This browser did not keep your saved views (${error instanceof Error ? error.message : String(error)}). They stay until you close the page; download the story to keep it.`,
        }),
    );
  };
  const change = (next: Partial<SavedViewsState>) => {
    setState(next);
    persist();
  };
  return {
    key: null,
    views: [],
    draft: EMPTY_DRAFT,
    storageProblem: null,
    restoreProblem: null,
    async loadFor(datasetTitle) {
      const key = storageKey(datasetTitle);
      if (getState().key === key) return;
      setState({ key, views: [], draft: EMPTY_DRAFT, restoreProblem: null });
      try {
        const stored: unknown = await get(key);
        if (getState().key !== key || stored === undefined) return;
        const { restoreSavedViews } = await import('./savedViewsRecord');
        if (getState().key !== key) return;
        const restored = restoreSavedViews(stored, datasetTitle);
        setState({ views: restored.views, draft: restored.draft, restoreProblem: restored.message });
        if (restored.message !== null) {
          // Set aside, not thrown away: the damaged record stays under its own key, and the rest
          // is written back so the next visit starts clean.
          await set(`${key}:set-aside`, stored);
          persist();
        }
      } catch (error) {
        setState({ storageProblem: `Saved views could not be read from this browser (${error instanceof Error ? error.message : String(error)}).` });
      }
    },
    saveView: (name, view) => change({ views: [...getState().views, { name: name.trim() || `View ${getState().views.length + 1}`, view, savedAt: new Date().toISOString() }] }),
    removeView: (index) => change({ views: getState().views.filter((_, i) => i !== index) }),
    addStep: (view) => change({ draft: { ...getState().draft, steps: [...getState().draft.steps, { title: view.name, caption: '', view: view.view }] } }),
    updateStep: (index, patch) =>
      change({ draft: { ...getState().draft, steps: getState().draft.steps.map((s, i) => (i === index ? { ...s, ...patch } : s)) } }),
    moveStep: (index, by) => {
      const steps = [...getState().draft.steps];
      const target = index + by;
      if (target < 0 || target >= steps.length) return;
      [steps[index], steps[target]] = [steps[target]!, steps[index]!];
      change({ draft: { ...getState().draft, steps } });
    },
    removeStep: (index) => change({ draft: { ...getState().draft, steps: getState().draft.steps.filter((_, i) => i !== index) } }),
    setStoryTitle: (title) => change({ draft: { ...getState().draft, title } }),
    loadStory: (story) =>
      change({ draft: { title: story.title, steps: story.steps.map((s) => ({ title: s.title, caption: s.caption, view: s.view })) } }),
  };
});
