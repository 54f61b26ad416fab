/**
 * The impact rating: which way and how much an intervention changes reoffending, kept apart from
 * how sure we are (evidence strength) and what it costs. It is computed from the structured
 * estimates on findings (src/analysis/impact.ts) by the rule below, written once: the README's
 * "Impact" section repeats it and the legend shows it.
 */
export const IMPACT_LEVELS = ['harmful', 'no-clear-effect', 'small', 'moderate', 'large', 'not-known'] as const;

export type ImpactLevel = (typeof IMPACT_LEVELS)[number];

/** Cut-offs on the common measure: relative change in the share of people who reoffend, in percent. */
export const IMPACT_CUTOFFS = {
  /** A change smaller than this either way is no clear effect. */
  noClearEffect: 5,
  /** A reduction of at least this much is moderate. */
  moderate: 10,
  /** A reduction of at least this much is large. */
  large: 20,
} as const;

export interface ImpactLevelInfo {
  label: string;
  /** Plain words for a funder, with the cut-off. */
  plainWords: string;
  /** Weight when leverage is weighed by impact as well as evidence (README, "Where money has leverage"). */
  weight: number;
  /** Sort order: harm first, then no effect, then growing benefit; not known last. */
  rank: number;
}

export const IMPACT_SCALE: Record<ImpactLevel, ImpactLevelInfo> = {
  harmful: {
    label: 'Harmful',
    plainWords: `More people reoffend: at least ${IMPACT_CUTOFFS.noClearEffect}% more, and the interval (where reported) does not include no effect. Do not fund it to cut reoffending.`,
    weight: -1,
    rank: 0,
  },
  'no-clear-effect': {
    label: 'No clear effect',
    plainWords: `Less than ${IMPACT_CUTOFFS.noClearEffect}% change either way, or an interval that includes no effect. Funding it is not expected to cut reoffending.`,
    weight: 0,
    rank: 1,
  },
  small: {
    label: 'Small',
    plainWords: `${IMPACT_CUTOFFS.noClearEffect}% to ${IMPACT_CUTOFFS.moderate}% fewer people reoffend (relative to a comparison group).`,
    weight: 0.5,
    rank: 2,
  },
  moderate: {
    label: 'Moderate',
    plainWords: `${IMPACT_CUTOFFS.moderate}% to ${IMPACT_CUTOFFS.large}% fewer people reoffend.`,
    weight: 0.75,
    rank: 3,
  },
  large: {
    label: 'Large',
    plainWords: `At least ${IMPACT_CUTOFFS.large}% fewer people reoffend.`,
    weight: 1,
    rank: 4,
  },
  'not-known': {
    label: 'Not known',
    plainWords: 'No finding gives its effect on reoffending as a figure we can put on the common measure.',
    weight: 0.25,
    rank: -1,
  },
};

// Pure, so a page that never shows the rule's text leaves it out of its bundle.
export const IMPACT_RULE = /* @__PURE__ */ [
  'How an impact rating is decided.',
  'Only findings that measured reoffending and carry a structured estimate count.',
  'Each estimate is put on one common measure, the relative change in the share of people who reoffend (intervention against comparison, in percent): a difference in percentage points and a ratio convert with the comparison group\'s rate; a risk ratio converts directly; an odds ratio or standardised mean difference without a comparison rate is treated as a risk ratio (a standardised mean difference first becomes an odds ratio by ln OR = d × π / √3), which overstates it, so the rating it gives is capped at small.',
  'The rating rests on the finding with the most studies behind it (then the most people; then the first listed); the others give the spread shown beside it.',
  `Harmful: at least ${IMPACT_CUTOFFS.noClearEffect}% more reoffending and an interval, where reported, wholly above no effect. No clear effect: less than ${IMPACT_CUTOFFS.noClearEffect}% either way, or an interval that includes no effect. Small: ${IMPACT_CUTOFFS.noClearEffect}% to ${IMPACT_CUTOFFS.moderate}% less. Moderate: ${IMPACT_CUTOFFS.moderate}% to ${IMPACT_CUTOFFS.large}% less. Large: ${IMPACT_CUTOFFS.large}% less or more. Not known: no estimate that converts, unless the evidence records harm or no clear effect, which then gives that rating without a size.`,
].join(' ');

export function impactRank(level: ImpactLevel): number {
  return IMPACT_SCALE[level].rank;
}
