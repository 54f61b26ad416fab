import { z } from 'zod';
import { describeValue } from '../../model';
import { zodWithoutEval } from '../../model/zodConfig';
import { restoreList, setAsideMessage } from '../restore/restoreRecords';
import { EMPTY_DRAFT } from './emptyDraft';

zodWithoutEval();

/**
 * What the Stories tab keeps in IndexedDB per dataset, as schemas: the types come from here, and
 * the same schemas restore what is read back (see restore/restoreRecords). Text is bounded so a
 * stored record cannot hold megabytes in a field that is shown on screen. Like the dataset's
 * schema, this module (and zod with it) loads only when something stored is read back.
 */
const shortText = z.string().max(2000);

export const savedViewSchema = z.object({
  name: shortText,
  /** The view as the query part of an address. */
  view: z.string().max(20_000),
  savedAt: shortText,
});
export type SavedView = z.infer<typeof savedViewSchema>;

export const storyStepDraftSchema = z.object({ title: shortText, caption: z.string().max(20_000), view: z.string().max(20_000) });
export interface StoryDraft {
  title: string;
  steps: Array<z.infer<typeof storyStepDraftSchema>>;
}

export interface RestoredViews {
  views: SavedView[];
  draft: StoryDraft;
  /** What was set aside and where, for the Stories tab to show; null when everything was kept. */
  message: string | null;
}

/**
 * Saved views and the story draft read back from storage: every view and every step that passes
 * is kept; anything else (a list that is not a list, a step without a caption's text) is set aside
 * with a message, so a damaged store never blanks the Stories tab.
 */
export function restoreSavedViews(stored: unknown, datasetTitle: string): RestoredViews {
  const where = `the saved views for “${datasetTitle}”`;
  if (stored === undefined || stored === null) return { views: [], draft: EMPTY_DRAFT, message: null };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return { views: [], draft: EMPTY_DRAFT, message: setAsideMessage(where, [`the whole record: expected a record of views and a story draft, found ${describeValue(stored)}; set aside`]) };
  }
  const record = stored as { views?: unknown; draft?: unknown };
  const views = restoreList(record.views, savedViewSchema, { list: 'field "views"', record: (i) => `saved view ${i + 1}` });
  const setAside = [...views.setAside];
  let draft = EMPTY_DRAFT;
  if (record.draft !== undefined) {
    if (record.draft === null || typeof record.draft !== 'object' || Array.isArray(record.draft)) {
      setAside.push(`field "draft": expected a story draft, found ${describeValue(record.draft)}; set aside`);
    } else {
      const { title, steps: storedSteps } = record.draft as { title?: unknown; steps?: unknown };
      const steps = restoreList(storedSteps, storyStepDraftSchema, { list: 'the story draft’s field "steps"', record: (i) => `the story draft’s step ${i + 1}` });
      setAside.push(...steps.setAside);
      const titleOk = title === undefined || shortText.safeParse(title).success;
      if (!titleOk) setAside.push(`the story draft’s field "title": expected text, found ${describeValue(title)}; set aside`);
      draft = { title: titleOk && typeof title === 'string' ? title : '', steps: steps.kept };
    }
  }
  return { views: views.kept, draft, message: setAsideMessage(where, setAside) };
}
