const ELLIPSIS = '…';

/** Cuts text to at most `max` characters, ending in a single … when anything was cut. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const kept = text.slice(0, max - 1).replace(/[\s.,;:…-]+$/u, '');
  return `${kept}${ELLIPSIS}`;
}

/** Breaks a label into lines of about `width` characters, at spaces only: every word is kept. */
export function wrapInFull(label: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Breaks a label into at most `maxLines` lines of about `width` characters, ending in … if cut. */
export function wrapLabel(label: string, width = 20, maxLines = 3): string[] {
  const lines = wrapInFull(label, width);
  const kept = lines.slice(0, maxLines).map((l) => cut(l, width + 4));
  if (lines.length > maxLines) {
    const last = kept.length - 1;
    kept[last] = cut(`${lines[last]} ${lines[last + 1]}`, width);
  }
  return kept;
}

/** The one-line form of a label for crowded places: its opening words, cut with …. */
export function shortLabel(label: string, width = 22): string[] {
  return [cut(label, width)];
}
