import { useMemo } from 'react';
import type { Dataset } from '../../model';
import { suggestTags, type GrantTagging } from '../../analysis/grants/grantTagging';
import { useGrantsStore, type GrantsStore, type LoadedGrantsFile } from '../../store/grants/grantsStore';
import type { Grant } from '../../io/grants/grant';

const selectFiles = (s: GrantsStore) => s.files;
const selectTags = (s: GrantsStore) => s.tags;

export interface GrantEntry {
  grant: Grant;
  fileName: string;
  tagging: GrantTagging;
}

const cache = new WeakMap<LoadedGrantsFile, { dataset: Dataset; entries: GrantEntry[] }>();

/** Every loaded grant with its suggestions, worked out once per file and dataset. */
export function useGrantEntries(dataset: Dataset): GrantEntry[] {
  const files = useGrantsStore(selectFiles);
  return useMemo(
    () =>
      files.flatMap((file) => {
        const known = cache.get(file);
        if (known && known.dataset === dataset) return known.entries;
        // Worked out off the main thread as the file was read; again here only if the map has changed since.
        const ready = file.taggings?.dataset === dataset ? file.taggings.taggings : undefined;
        const entries = file.grants.map((grant, i) => ({ grant, fileName: file.fileName, tagging: ready?.[i] ?? suggestTags(grant, dataset) }));
        cache.set(file, { dataset, entries });
        return entries;
      }),
    [files, dataset],
  );
}

export const useGrantTags = () => useGrantsStore(selectTags);

/** The interventions a grant counts for: the person's decision, or (shown, not counted) the suggestions. */
export function shownTags(entry: GrantEntry, decision: { interventions: string[] } | undefined): { interventions: string[]; confirmed: boolean } {
  if (decision) return { interventions: decision.interventions, confirmed: true };
  return { interventions: entry.tagging.status === 'suggested' ? entry.tagging.suggestions.map((s) => s.intervention) : [], confirmed: false };
}
