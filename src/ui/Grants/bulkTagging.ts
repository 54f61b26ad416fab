import type { GrantTags } from '../../io/grants/tagsFile';
import type { GrantEntry } from './useGrantTaggings';

/** A bulk change to the tagging: the decisions it sets (null: forgotten) and those that undo it. */
export interface BulkChange {
  done: string;
  changes: Map<string, string[] | null>;
  undo: Map<string, string[] | null>;
}

export type BulkAction = 'confirm' | 'clear' | 'forget';

const suggestionsOf = (e: GrantEntry) => (e.tagging.status === 'suggested' ? e.tagging.suggestions.map((s) => s.intervention) : []);
const plural = (n: number, one: string) => `${n.toLocaleString('en-GB')} ${one}${n === 1 ? '' : 's'}`;

/**
 * What a bulk action does to the grants listed: confirm every suggestion not yet decided, clear
 * them (not on the map), or forget every decision made (back to suggestions). Each keeps its undo,
 * since "forget" discards confirmed work.
 */
export function bulkChange(action: BulkAction, entries: readonly GrantEntry[], tags: GrantTags): BulkChange {
  const changes = new Map<string, string[] | null>();
  const undo = new Map<string, string[] | null>();
  for (const entry of entries) {
    const id = entry.grant.id;
    const decided = tags[id];
    if (action === 'forget') {
      if (!decided) continue;
      changes.set(id, null);
      undo.set(id, decided.interventions);
    } else if (!decided && entry.tagging.status === 'suggested') {
      changes.set(id, action === 'confirm' ? suggestionsOf(entry) : []);
      undo.set(id, null);
    }
  }
  const n = changes.size;
  const done =
    action === 'confirm'
      ? `Confirmed the suggestions of ${plural(n, 'grant')}.`
      : action === 'clear'
        ? `Cleared the suggestions of ${plural(n, 'grant')}: marked not on the map.`
        : `Forgot your decisions on ${plural(n, 'grant')}: they show their suggestions again.`;
  return { done, changes, undo };
}

/** How many grants each bulk action would change, for its button's name. */
export function bulkCounts(entries: readonly GrantEntry[], tags: GrantTags): Record<BulkAction, number> {
  let pending = 0;
  let decided = 0;
  for (const e of entries) {
    if (e.grant.id in tags) decided += 1;
    else if (e.tagging.status === 'suggested') pending += 1;
  }
  return { confirm: pending, clear: pending, forget: decided };
}
