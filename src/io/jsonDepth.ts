/**
 * The cheap checks every JSON text gets before it is parsed: where a line and column fall, and
 * whether brackets nest deeper than any real file. Kept apart from the syntax-error locator so the
 * first load can read a dataset without loading jsonc-parser (see readJsonText.ts).
 */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** Deeper than any dataset, story or import needs; deeper nesting is a damaged or hostile file. */
export const MAX_JSON_DEPTH = 200;

/**
 * The offset of the first bracket nested deeper than `max`, found by one linear scan (strings
 * skipped), or -1. Run before parsing, so no parser ever recurses into a file built to overflow it.
 */
export function tooDeepAt(text: string, max = MAX_JSON_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}

