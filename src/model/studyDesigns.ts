/**
 * What kind of study an external source is. `kind` says what sort of document a source is (review,
 * evaluation, provider's report...); `study` says, for a source read outside this repository, what
 * design stands behind its findings, which is what the rating rule weighs.
 */
export const STUDY_DESIGNS = [
  'meta-analysis',
  'systematic-review',
  'rapid-evidence-assessment',
  'government-evidence-summary',
  'randomised-trial',
  'comparison-group-evaluation',
  'descriptive-statistics',
  'inspection',
  'second-hand-summary',
] as const;

export type StudyDesign = (typeof STUDY_DESIGNS)[number];

export const STUDY_DESIGN_LABELS: Record<StudyDesign, string> = {
  'meta-analysis': 'Meta-analysis',
  'systematic-review': 'Systematic review',
  'rapid-evidence-assessment': 'Rapid evidence assessment',
  'government-evidence-summary': 'Government evidence summary',
  'randomised-trial': 'Randomised trial',
  'comparison-group-evaluation': 'Evaluation with a comparison group',
  'descriptive-statistics': 'Statistics without a comparison group',
  inspection: 'Inspection report (no comparison group)',
  'second-hand-summary': "Someone else's summary of a study or review",
};

/**
 * Designs that compare people who received something with people who did not: the rating rule lets
 * only these carry a rating above `limited`.
 */
export const COMPARISON_DESIGNS: readonly StudyDesign[] = [
  'meta-analysis',
  'systematic-review',
  'rapid-evidence-assessment',
  'randomised-trial',
  'comparison-group-evaluation',
];

/** Which way the research says an intervention moves reoffending (recorded apart from how sure we are). */
export const EFFECT_DIRECTIONS = ['reduces', 'no-clear-effect', 'increases', 'mixed', 'not-measured'] as const;

export type EffectDirection = (typeof EFFECT_DIRECTIONS)[number];

export const EFFECT_DIRECTION_LABELS: Record<EffectDirection, string> = {
  reduces: 'Reduces reoffending',
  'no-clear-effect': 'No clear effect on reoffending',
  increases: 'Increases reoffending',
  mixed: 'Mixed: some studies find less reoffending, some more',
  'not-measured': 'Effect on reoffending not measured',
};

/** What a finding measured: reoffending itself, or only an in-between outcome. */
export const FINDING_OUTCOMES = ['reoffending', 'intermediate'] as const;

/** What a rating rests on where research and testimony could disagree. */
export const RATING_BASES = ['research', 'provider-figure', 'testimony'] as const;
