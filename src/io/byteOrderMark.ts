/**
 * A byte-order mark is not text, but Windows editors and Excel write one at the start of a UTF-8
 * file: every reader drops it by this one rule, and the CSV writer adds it so Excel reads UTF-8.
 */
export const BYTE_ORDER_MARK = '\uFEFF';

/** The text without a leading byte-order mark. */
export const withoutByteOrderMark = (text: string): string => (text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text);
