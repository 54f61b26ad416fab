/** Breaks a label into at most `maxLines` lines of about `width` characters, ending in … if cut. */
export function wrapLabel(label: string, width = 20, maxLines = 3): string[] {
  const words = label.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines.map((l) => shorten(l, width + 6));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${shorten(kept[maxLines - 1] ?? '', width - 1)}…`;
  return kept.map((l) => shorten(l, width + 6));
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
