/**
 * A benefit-cost ratio as a reader should take it: below zero the benefits themselves are negative
 * (the programme did harm), so "−82.77" says so in words rather than read as a typo or a small return.
 */
export function ratioFigure(value: number): string {
  return value < 0 ? `−${Math.abs(value)} (a net loss: the benefits themselves are negative)` : String(value);
}
