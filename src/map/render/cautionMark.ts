import { diamondReach, pipCentre } from '../nodeGeometry';
import { LABEL_GAP } from '../layout/layoutUnits';

/**
 * The map's mark for an intervention whose research found harm or no clear effect on reoffending:
 * harm is crossed out (an X over the diamond), no clear effect struck through (one bar across it),
 * and a word ("harmful" or "no effect") stands where the evidence pips would be, so a strongly
 * evidenced harm never wears the four filled pips of a recommendation. Shape and word, not colour,
 * carry it: it reads in greyscale and to colour-blind readers. One geometry for SVG and canvas.
 */
export type Caution = 'harmful' | 'no-clear-effect';

export interface CautionGeometry {
  /** Line segments [x1, y1, x2, y2] across the node, in layout units about its centre. */
  lines: ReadonlyArray<readonly [number, number, number, number]>;
  tag: { text: string; x: number; y: number; width: number; height: number };
}

/** Each is part of the node's accessible name too (impactCostWords.ts), so sight and speech say the same word. */
export const CAUTION_WORDS: Record<Caution, string> = { harmful: 'harmful', 'no-clear-effect': 'no effect' };

/** For an intervention's diamond (nodeGeometry.ts); the word sits where the row of pips would. */
export function cautionGeometry(caution: Caution, r: number): CautionGeometry {
  const d = diamondReach(r) * 0.8;
  const lines: CautionGeometry['lines'] =
    caution === 'harmful'
      ? [
          [-d, -d, d, d],
          [-d, d, d, -d],
        ]
      : [[-d * 1.1, 0, d * 1.1, 0]];
  const text = CAUTION_WORDS[caution];
  const width = tagWidth(text);
  const height = 10;
  // Centred over the diamond where it can be; never reaching past where the label starts (r +
  // LABEL_GAP): a three-line label, "Boot camps a… (what not to fund)", rises to the tag's row.
  const x = Math.min(-width / 2, r + LABEL_GAP - 1 - width);
  return { lines, tag: { text, x, y: pipCentre(0, 1, r).y - height / 2 - 1, width, height } };
}

const tagWidth = (text: string) => text.length * 4.9 + 6;

/** How far left of an intervention's centre its word can reach, at most (fitBounds.ts keeps room for it). */
export const CAUTION_REACH_LEFT = Math.ceil(Math.max(...Object.values(CAUTION_WORDS).map(tagWidth)) - (LABEL_GAP - 1));
