import type { ParseResult } from './parseDataset';

/**
 * The full validator (zod and the schema, about a seventh of the page's JavaScript) loads only when
 * something must be validated: a dataset the build did not check (see src/io/validatedDigests.ts),
 * saved edits, or the editor. The validation itself is parseDataset, unchanged and exactly as strict.
 */
export type ParseDataset = (input: unknown) => ParseResult;

let loaded: ParseDataset | null = null;
let loading: Promise<ParseDataset> | null = null;

/** Loads parseDataset once; a failed download is retried by the next call. */
export function loadParseDataset(): Promise<ParseDataset> {
  loading ??= import('./parseDataset').then(
    (module) => (loaded = module.parseDataset),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * parseDataset for code that runs only once it has been loaded (the editor's forms: the editor
 * waits for loadParseDataset before it shows). Calling it earlier is a programming error, said so.
 */
export function parseDatasetLoaded(input: unknown): ParseResult {
  if (!loaded) throw new Error('parseDatasetLoaded was called before loadParseDataset() finished: await it first (the editor does).');
  return loaded(input);
}
