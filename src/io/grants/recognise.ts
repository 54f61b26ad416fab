/**
 * Telling a 360Giving file from a map, both ways: a grants file has a `grants` list (JSON) or an
 * "Amount Awarded" column (spreadsheets); a map dataset has `meta` and `factors`, or a map table
 * has Label/From/To columns. Each reader refuses the other's files with a sentence saying which
 * they are, rather than reading a map's rows as grants or grants as nodes.
 */
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function isGrantsJson(value: unknown): value is { grants: unknown[] } {
  return isRecord(value) && Array.isArray(value.grants);
}

export function looksLikeMapJson(value: unknown): boolean {
  return isRecord(value) && (('meta' in value && 'factors' in value) || ('elements' in value && 'connections' in value));
}

/** Spreadsheet column keys (see columnKey) only a map table has: its elements' Label, its connections' From and To. */
export function looksLikeMapColumns(keys: readonly string[]): boolean {
  return keys.includes('label') || (keys.includes('from') && keys.includes('to'));
}

export const NOT_GRANTS_MAP = 'this is a map, not a 360Giving grants file: open it with "Import…" in the editor or as ?data= instead';

/**
 * One key for a column title however it is written: the standard's titles ("Recipient Org:Name"),
 * or the JSON-path headers flatten-tool writes ("recipientOrganization/0/name"): lower-case,
 * without spaces, with list indexes dropped. Here, not in grantColumns, so the map's own
 * spreadsheet readers can recognise a grants file without loading the grants reader.
 */
export function columnKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/\//g, ':')
    .replace(/:\d+(?=:|$)/g, '')
    .replace(/[^a-z0-9:]/g, '');
}

/** A spreadsheet whose columns include the standard's "Amount Awarded" (or amountAwarded) and no map table's. */
export function looksLikeGrantsColumns(headers: readonly string[]): boolean {
  const keys = headers.map(columnKey);
  return keys.includes('amountawarded') && !looksLikeMapColumns(keys);
}

/** What the map's import says of a grants file, so a funder is sent where it is read. */
export const NOT_MAP_GRANTS = 'this is a 360Giving grants file: open it in the Grants view';
