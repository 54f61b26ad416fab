/**
 * The rule every intervention's evidence rating follows, written once: the README's evidence
 * section repeats it and data/schema.json carries it as the description of `evidence`.
 * Conservative by design: when a test is in doubt, the lower level applies.
 */
export const RATING_RULE = [
  'How an evidence rating is decided (apply in order; the first level whose test passes is the rating; in doubt, the lower level).',
  'Outcome: only findings that measured reoffending (reconviction, re-arrest, reimprisonment, recall) can lift a rating above limited; findings on in-between outcomes only (employment, drug use, health, behaviour in prison, family contact) cap it at limited.',
  'Strong (Maryland 4-5 synthesised; EMMIE effect 4-5 stars): a meta-analysis or systematic review, or several robust comparison-group studies (matched or randomised), find a consistent effect on reoffending in one direction; the review was read itself or in a government or What Works Centre evidence summary, not only in a blog or press report; the evidence includes UK studies or a UK comparison-group evaluation agrees; and no review of similar standing that we read contradicts it.',
  'Moderate (Maryland 3+; EMMIE 3 stars): at least one robust comparison-group study or review finds an effect on reoffending, but a limit applies: the evidence is mostly from another country or population with no UK confirmation, effects are inconsistent, a replication failed, the reviewers call it provisional, or the figure was read only second-hand.',
  'Limited (Maryland 2; EMMIE 2 stars): weak designs; or good reviews that find effects only on in-between outcomes, or no clear effect on reoffending alongside in-between benefits.',
  'Weak (Maryland 1; EMMIE 1 star): few or poor studies (reviewers say insufficient, low quality, very weak), or a provider\'s own figure with no independent comparison.',
  'Testimony (not on either scale): no research finding; lived-experience and practitioner views only.',
  'Direction is recorded apart from strength: a strong rating can be strong evidence of no effect or of harm. Two summaries of the same review count once. A rating above limited must cite at least one external source of comparison-group design or better (meta-analysis, systematic review, rapid evidence assessment, randomised trial or comparison-group evaluation).',
].join(' ');
