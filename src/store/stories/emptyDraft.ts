import type { StoryDraft } from './savedViewsRecord';

/** A story draft with nothing in it yet (kept apart from the schemas, which load only when needed). */
export const EMPTY_DRAFT: StoryDraft = { title: '', steps: [] };
