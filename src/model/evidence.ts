/**
 * The one ordinal scale of how sure we can be that an intervention changes reoffending or the
 * factor it targets. Everything that shows, filters or weighs evidence reads it from here.
 */
export const EVIDENCE_LEVELS = ['testimony', 'weak', 'limited', 'moderate', 'strong'] as const;

export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export interface EvidenceLevelInfo {
  label: string;
  /** What the level means, in plain words for a funder. */
  plainWords: string;
  /** The nearest Maryland Scientific Methods Scale levels. */
  maryland: string;
  /** The nearest EMMIE evidence-quality rating (the first E, effect). */
  emmie: string;
  /** Weight used where a number is needed (leverage ranking). Documented in the README. */
  weight: number;
}

export const EVIDENCE_SCALE: Record<EvidenceLevel, EvidenceLevelInfo> = {
  strong: {
    label: 'Strong',
    plainWords:
      'A systematic review or several robust comparison-group studies agree on its effect, whichever way it runs: the impact rating says which way.',
    maryland: 'Levels 4-5 (well-matched comparison groups or randomised trials), replicated',
    emmie: '4-5 stars: systematic review with strong, consistent findings',
    weight: 1,
  },
  moderate: {
    label: 'Moderate',
    plainWords: 'At least one robust comparison-group study measured its effect, whichever way it runs: the impact rating says which way.',
    maryland: 'Level 3 or above (a comparison group matched before and after), one study',
    emmie: '3 stars',
    weight: 0.75,
  },
  limited: {
    label: 'Limited',
    plainWords:
      'Weak study designs, or good reviews that find effects only on in-between outcomes (such as behaviour in prison or family contact), not on reoffending.',
    maryland: 'Level 2 (before-and-after, or an unmatched comparison)',
    emmie: '2 stars',
    weight: 0.5,
  },
  weak: {
    label: 'Weak',
    plainWords:
      "Few or poor studies, or a provider's own figure with no independent comparison group.",
    maryland: 'Level 1 (a single measure with no comparison), or below the scale',
    emmie: '1 star',
    weight: 0.25,
  },
  testimony: {
    label: 'Testimony',
    plainWords:
      'The views of people with lived experience and of practitioners: valuable for what to try and how, but not a measure of effect.',
    maryland: 'Not on the scale (no outcome is measured)',
    emmie: 'Not rated (informs mechanism, moderators and implementation, not effect)',
    weight: 0.1,
  },
};

/** Higher is stronger; used to compare and filter ("limited or stronger"). */
export function evidenceRank(level: EvidenceLevel): number {
  return EVIDENCE_LEVELS.indexOf(level);
}

/** The strongest of some evidence levels, or null when there are none. */
export function strongestLevel(levels: Iterable<EvidenceLevel>): EvidenceLevel | null {
  let top: EvidenceLevel | null = null;
  for (const level of levels) if (top === null || evidenceRank(level) > evidenceRank(top)) top = level;
  return top;
}
