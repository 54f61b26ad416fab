/** Average advance of a character in the portable sans-serif, as a share of the font size. */
const AVERAGE_ADVANCE = 0.52;

/** Breaks text into lines that fit a width, by words, estimating widths (an export has no layout engine). */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const perLine = Math.max(10, Math.floor(width / (fontSize * AVERAGE_ADVANCE)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine) line = next;
    else {
      if (line) lines.push(line);
      line = word.length > perLine ? `${word.slice(0, perLine - 1)}…` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
