/**
 * Amounts as publishers write them: a JSON number, or spreadsheet text with a currency sign and
 * thousands separators ("£10,000.00"). Negative or non-numeric amounts are problems, not zeros,
 * so a file's total never silently drops a grant.
 */
export function parseAmount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(/^[£$€]|^(?:GBP|USD|EUR)\s*/i, '').replace(/,/g, '').trim();
  if (!/^\d+(?:\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

/** A currency code: three letters, upper-cased. */
export function parseCurrency(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const code = value.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? code : undefined;
}
