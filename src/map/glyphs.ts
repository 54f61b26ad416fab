import { COLOURS } from './tokens';

/**
 * The second channel beside colour: a small glyph drawn inside each node's shape, so domains and
 * intervention types stay apart in greyscale and for colour-blind readers. Each path is drawn in
 * a box from −1 to 1 and scaled to the node. A vocabulary's n-th entry gets the n-th glyph; past
 * the end of the list, glyphs repeat with a ring around them, so every entry still differs.
 */
export const GLYPHS: readonly string[] = [
  'M-0.5,0A0.5,0.5 0 1,0 0.5,0A0.5,0.5 0 1,0 -0.5,0Z', // dot
  'M-0.2,-0.7H0.2V-0.2H0.7V0.2H0.2V0.7H-0.2V0.2H-0.7V-0.2H-0.2Z', // plus
  'M-0.55,-0.55H0.55V0.55H-0.55Z', // square
  'M0,-0.7L0.65,0.5H-0.65Z', // triangle up
  'M0,0.7L0.65,-0.5H-0.65Z', // triangle down
  'M-0.7,-0.2H0.7V0.2H-0.7Z', // bar
  'M-0.2,-0.7H0.2V0.7H-0.2Z', // upright bar
  'M-0.5,-0.65L-0.15,-0.3L0.15,-0.3L0.5,-0.65L0.65,-0.5L0.3,-0.15L0.3,0.15L0.65,0.5L0.5,0.65L0.15,0.3L-0.15,0.3L-0.5,0.65L-0.65,0.5L-0.3,0.15L-0.3,-0.15L-0.65,-0.5Z', // cross
  'M-0.7,-0.45H0.7V-0.1H-0.7ZM-0.7,0.1H0.7V0.45H-0.7Z', // two bars
  'M-0.45,-0.7H-0.1V0.7H-0.45ZM0.1,-0.7H0.45V0.7H0.1Z', // two upright bars
  'M0,-0.7L0.7,0L0,0.7L-0.7,0Z', // small diamond
  'M-0.7,0.45L0,-0.45L0.7,0.45L0.45,0.6L0,0L-0.45,0.6Z', // chevron
  'M-0.6,-0.25A0.25,0.25 0 1,0 -0.1,-0.25A0.25,0.25 0 1,0 -0.6,-0.25ZM0.1,0.25A0.25,0.25 0 1,0 0.6,0.25A0.25,0.25 0 1,0 0.1,0.25Z', // two dots
  'M-0.65,0H0V-0.65A0.65,0.65 0 0,0 -0.65,0Z M0,0V0.65A0.65,0.65 0 0,0 0.65,0Z', // two quarters
  'M0,-0.7L0.2,-0.2L0.7,-0.2L0.3,0.1L0.45,0.65L0,0.3L-0.45,0.65L-0.3,0.1L-0.7,-0.2L-0.2,-0.2Z', // star
  'M-0.6,0.6V-0.6H0.6Z', // half square
];

/** The glyph of a vocabulary's entry by its place in the vocabulary, and whether it wears a ring (a second round). */
export function glyphFor(vocabularyIds: readonly string[], id: string): { path: string; ringed: boolean } {
  const index = Math.max(0, vocabularyIds.indexOf(id));
  return { path: GLYPHS[index % GLYPHS.length] ?? GLYPHS[0]!, ringed: Math.floor(index / GLYPHS.length) % 2 === 1 };
}

/** Dark or light ink, whichever reads on the given fill (relative luminance, WCAG). */
export function inkOn(fill: string): string {
  const hex = fill.replace('#', '');
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  if (hex.length !== 6) return COLOURS.ink;
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return luminance > 0.3 ? COLOURS.ink : COLOURS.paper;
}
