import { z } from 'zod';
import { withoutByteOrderMark } from '../byteOrderMark';
import { ID_PATTERN } from '../../model/idRules';

/**
 * A funder's tagging, as saved in the browser and as the small file they can download and reopen:
 * for each grant identifier, the interventions the person confirmed (an empty list: they cleared
 * the suggestions, so the grant counts as not on the map). It holds no amounts, titles or
 * recipients: the grants stay in the funder's own file.
 */
export const TAGS_FORMAT = 'reoffending-map-grant-tags';

const decisionSchema = z.strictObject({
  interventions: z.array(z.string().regex(ID_PATTERN)).max(50),
});

export const tagsSchema = z.record(z.string().min(1).max(500), decisionSchema);

const tagsFileSchema = z.strictObject({
  format: z.literal(TAGS_FORMAT),
  version: z.literal(1),
  savedAt: z.string().max(40).optional(),
  tags: tagsSchema,
});

export type GrantDecision = z.infer<typeof decisionSchema>;
export type GrantTags = z.infer<typeof tagsSchema>;

export function toTagsFile(tags: GrantTags, savedAt: Date): string {
  return `${JSON.stringify({ format: TAGS_FORMAT, version: 1, savedAt: savedAt.toISOString(), tags }, null, 1)}\n`;
}

/** The tags in a file or in storage, checked: anything else is refused with a sentence saying why. */
export function restoreTags(value: unknown): { ok: true; tags: GrantTags } | { ok: false; message: string } {
  const parsed = tagsFileSchema.safeParse(value);
  if (parsed.success) return { ok: true, tags: parsed.data.tags };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  return { ok: false, message: `this is not a saved grant tagging${where}: ${issue?.message ?? 'unreadable'}` };
}

/** The same check for a file's text. */
export function readTagsFile(text: string): ReturnType<typeof restoreTags> {
  try {
    return restoreTags(JSON.parse(withoutByteOrderMark(text)) as unknown);
  } catch {
    return { ok: false, message: 'this is not a saved grant tagging: it is not JSON' };
  }
}

/** The stored shape, for IndexedDB: the same as the file, so one check serves both. */
export function tagsRecord(tags: GrantTags): unknown {
  return { format: TAGS_FORMAT, version: 1, tags };
}
