import { pluralWord } from '../../model/plural';
/**
 * What an import may hold, checked while a file is read rather than after it is mapped, so a file
 * over a limit is refused as soon as the limit is passed. The figures are the dataset's own
 * (src/model/schema.ts): at most 100,000 links, and 20,000 factors plus 20,000 interventions.
 */
export const MAX_CONNECTION_ROWS = 100_000;
export const MAX_ELEMENT_ROWS = 40_000;
/**
 * Attributes on one element or connection: a map's element has a handful (label, type,
 * description, tags, a few custom fields); a file with a million on one element is made to freeze
 * its reader. GEXF and GraphML use the same figure (xmlLimits).
 */
export const MAX_ATTRIBUTES_PER_ELEMENT = 1_000;
/** How often a reader says how far it has got. */
export const PROGRESS_EVERY_ROWS = 20_000;

/** Said while a file is read and mapped: "Reading connections: 240,000 rows". */
export type ImportProgress = (message: string) => void;

/** A count in a progress message, with thousands separators: "200,000 elements". */
export const counted = (n: number, one: string) => `${n.toLocaleString('en-GB')} ${pluralWord(n, one)}`;
export const rowCount = (n: number) => counted(n, 'row');

/** `noun` is what the file calls them: rows of a sheet, or a Kumu file's elements and connections. */
export function tooManyRowsMessage(kind: 'connection' | 'element', noun = `${kind} rows`): string {
  return kind === 'connection'
    ? `it has more than ${MAX_CONNECTION_ROWS.toLocaleString('en-GB')} ${noun}, and a map holds at most ${MAX_CONNECTION_ROWS.toLocaleString('en-GB')} links, so reading stopped there and nothing was opened`
    : `it has more than ${MAX_ELEMENT_ROWS.toLocaleString('en-GB')} ${noun}, and a map holds at most 20,000 factors and 20,000 interventions, so reading stopped there and nothing was opened`;
}

/** One element (or connection) with more attributes than any map needs. */
export function tooManyAttributesMessage(thing: string): string {
  return `this ${thing} has more than ${MAX_ATTRIBUTES_PER_ELEMENT.toLocaleString('en-GB')} attributes, where a map needs a few, so reading stopped there and nothing was opened`;
}
