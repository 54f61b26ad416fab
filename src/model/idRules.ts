/**
 * The id rules as plain values, without zod: the page's first load reads ids from the address
 * (viewParams) and must not pull the validator in to do so. ids.ts builds the schema from these.
 */

/** Ids are lower-case kebab-case so they read well in URLs and never need escaping. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Ids that name a property every JavaScript object has ("constructor" is the one that is also
 * kebab-case). A graph library that keeps ids as keys of plain objects finds that property instead
 * of nothing, and breaks; so such an id is refused with the fix, and importers never make one.
 */
export const RESERVED_IDS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype).filter((name) => ID_PATTERN.test(name)));

export const isUsableId = (id: string): boolean => ID_PATTERN.test(id) && !RESERVED_IDS.has(id);

/** The vocabulary entry ("Not assigned") an import gives items its file left without a domain, stage or type. */
export const UNASSIGNED_ID = 'unassigned';
