/**
 * Colour-blind-safe palettes (Paul Tol's "muted" for domains, Okabe-Ito for intervention types).
 * Colour is never the only cue: shape tells factor from intervention, a glyph inside each shape
 * tells domains and types apart (glyphs.ts), and every label and panel names the domain or type. Text is drawn dark on a white halo, so these fills never carry text.
 */
export const DOMAIN_COLOURS = [
  '#CC6677',
  '#332288',
  '#DDCC77',
  '#117733',
  '#88CCEE',
  '#882255',
  '#44AA99',
  '#999933',
  '#AA4499',
] as const;

export const TYPE_COLOURS = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#5d5d5d',
  // Paul Tol's "light" scheme, for vocabularies longer than Okabe-Ito's eight.
  '#77AADD',
  '#EE8866',
  '#BBCC33',
  '#FFAABB',
  '#44BB99',
  '#99DDFF',
  '#AAAA00',
] as const;

/** Colours follow the vocabulary's own order, so researchers extending it get stable colours. */
export function colourFor(palette: readonly string[], vocabularyIds: readonly string[], id: string): string {
  const index = vocabularyIds.indexOf(id);
  return palette[(index < 0 ? 0 : index) % palette.length] ?? '#777777';
}
