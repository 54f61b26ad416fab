import { z } from 'zod';
import { zodWithoutEval } from './zodConfig';
import { citationSchema } from './schema';
import type { DatasetIssue } from './datasetIssue';
import { fromZodIssue } from './zodIssues';
import { STORY_FORMAT } from './storyFormat';

zodWithoutEval();

/**
 * A story: saved views in order, each with a caption, that an advocate plays step by step. A
 * step's view is the address's query (`loop=…&focus=…`), so a step reopens exactly what a link
 * to it would. Claims in a caption cite the dataset's sources like any record.
 */
const text = (max: number) => z.string().trim().min(1, { message: 'some text' }).max(max);

export const storyStepSchema = z.strictObject({
  title: text(160),
  caption: text(2000),
  view: z
    .string()
    .max(4000)
    .regex(/^[^?#\s]*$/, { message: 'the view part of a map address (such as "loop=…&focus=…"), without "?" or "#"' })
    .describe('The view as the query part of the map address.'),
  citations: z.array(citationSchema).max(20).optional(),
});

export const storySchema = z.strictObject({
  format: z.literal(STORY_FORMAT),
  version: z.literal(1),
  title: text(160),
  description: text(4000).optional(),
  /** The dataset the story was made for (its `meta.title`), so a mismatch can be told. */
  dataset: text(160).optional(),
  steps: z.array(storyStepSchema).min(1, { message: 'at least one step' }).max(100),
});

export type Story = z.infer<typeof storySchema>;
export type StoryStep = z.infer<typeof storyStepSchema>;

export type StoryParseResult = { ok: true; story: Story } | { ok: false; issues: DatasetIssue[] };

/** The one gate every story passes (a file, a link, the browser's saved stories): located errors, never a throw. */
export function parseStory(input: unknown): StoryParseResult {
  const result = storySchema.safeParse(input);
  if (result.success) return { ok: true, story: result.data };
  const issues = result.error.issues.flatMap((issue) =>
    // A story's own fields (title, format) are named as fields of the story, not as records.
    fromZodIssue(issue, input).map((found) => (issue.path.length <= 1 ? { ...found, record: '(the story)', field: issue.path.length === 0 ? found.field : String(issue.path[0]) } : found)),
  );
  return { ok: false, issues };
}
