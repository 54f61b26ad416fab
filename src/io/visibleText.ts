/**
 * Text from a file or a link (a file name, a story's title or caption) as it is shown on screen:
 * characters a reader cannot see, or that reorder what follows, are made visible as their code
 * ("[U+202E]"), so "x<U+202E>gnp.json" cannot pose as "xnosj.png" and a control character cannot
 * hide in a title. A line break and a tab stay as they are.
 */
const HIDDEN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00, 0x08], // C0 controls before the tab
  [0x0b, 0x1f], // the rest of C0, after the line break
  [0x7f, 0x9f], // delete and C1 controls
  [0xad, 0xad], // soft hyphen
  [0x061c, 0x061c], // Arabic letter mark
  [0x115f, 0x1160], // Hangul fillers
  [0x17b4, 0x17b5], // Khmer invisible vowels
  [0x180e, 0x180e], // Mongolian vowel separator
  [0x200b, 0x200f], // zero-width characters, left-to-right and right-to-left marks
  [0x2028, 0x202e], // line and paragraph separators, bidirectional embeddings and overrides
  [0x2060, 0x206f], // word joiner, invisible operators, bidirectional isolates
  [0x3164, 0x3164], // Hangul filler
  [0xfeff, 0xfeff], // zero-width no-break space (byte-order mark)
  [0xfff9, 0xfffb], // interlinear annotation
];

const isHidden = (code: number) => HIDDEN_RANGES.some(([from, to]) => code >= from && code <= to);

const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
/** The same ranges as one character class: a whole dataset's text is tested quickly, char by char only where it matches. */
const ANY_HIDDEN = new RegExp(`[${HIDDEN_RANGES.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('')}]`);

/** Whether visibleText would change this text. */
export const hasHiddenCharacters = (text: string): boolean => ANY_HIDDEN.test(text);

export function visibleText(text: string): string {
  let out = '';
  for (const character of text) {
    const code = character.codePointAt(0)!;
    out += isHidden(code) ? `[U+${code.toString(16).toUpperCase().padStart(4, '0')}]` : character;
  }
  return out;
}
