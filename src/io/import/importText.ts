import { trimEdges } from '../formats/graphTable';

/**
 * Reading text out of other tools' attribute values, which may be strings, numbers, lists or null.
 * Kumu keeps a label's line breaks as runs of spaces ("Trust in  Fin. Inst."): they are collapsed.
 */

export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const text = trimEdges(value.replace(/\s+/g, ' '));
    return text === '' ? undefined : text;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const parts = value.flatMap((item) => textOf(item) ?? []);
    return parts.length > 0 ? parts.join(' | ') : undefined;
  }
  return undefined;
}

/** Text that keeps its paragraphs (descriptions), trimmed. */
export function longTextOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return textOf(value);
  const text = trimEdges(value.replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n'));
  return text === '' ? undefined : text;
}

/** Cuts text to a schema bound on a word boundary, marking the cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** The first sentence, for a citation quote ("a sentence at most"). */
export function firstSentence(text: string, max: number): string {
  const match = /^[\s\S]*?[.!?](?=\s|$)/.exec(text);
  return clip((match?.[0] ?? text).trim(), max);
}

/** Spreadsheet cells hold several values separated by pipes, as Kumu's import reads them. */
export function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => listOf(item));
  const text = textOf(value);
  if (text === undefined) return [];
  return text.split('|').map(trimEdges).filter((part) => part !== '');
}

/** Our own exports carry structured fields (citations, examples) as JSON text. */
export function jsonValueOf(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}
