/**
 * The words that tie a grant's text to the map, written once. A term is a word or phrase in
 * lower case, hyphens and apostrophes as spaces ("re offending", "women s"); a trailing `*` takes
 * any ending ("mentor*" matches mentor, mentors, mentoring). Kept to words a grant's title would
 * use, so a match can be shown to the funder as the reason.
 */

/**
 * A grant is about the map's subject only when its text names the justice system or the people in
 * it. Without one of these, nothing is suggested, however many other words match: "training" in a
 * lifeboat crew's grant is not education in prison. ("probation" stands alone so "probationer" is
 * not taken for it; "prisioner" is a misspelling found in a real file.)
 */
export const JUSTICE_CONTEXT = [
  'prison*', 'prisioner*', 'offender*', 'offending', 're offending', 'reoffending', 'ex offender*', 'custody', 'custodial',
  'criminal justice', 'crime', 'criminal*', 'probation', 'hmp', 'hmpyoi', 'yoi', 'yois', 'recidivism', 'desistance',
  'convict*', 'young offender*', 'youth justice', 'gang*', 'sentenc*', 'inmate*', 'jail*',
];

/** Words that point at an intervention type (by the map's type ids); weaker than an intervention's own words. */
export const TYPE_TERMS: Record<string, string[]> = {
  'peer-support': ['peer support', 'peer mentor*', 'peer led', 'lived experience', 'peer advis*'],
  'peer-relationships': ['gang*', 'peer group*', 'peer relationship*'],
  mentoring: ['mentor*', 'befriend*'],
  'through-the-gate': ['resettlement', 'resettle*', 'through the gate', 'before their release', 'due for release', 'on release', 'leaving prison'],
  'accommodation-support': ['housing', 'accommodation', 'homeless*', 'tenanc*', 'hostel*', 'rent deposit*'],
  'mental-health-support': ['mental health', 'therap*', 'counselling', 'psycholog*', 'trauma*', 'anger management', 'wellbeing'],
  'substance-use-treatment': ['drug*', 'alcohol*', 'substance*', 'addict*', 'detox*'],
  'education-and-employment': [
    'education*', 'training', 'course*', 'employment', 'employab*', 'job', 'jobs', 'work related', 'vocational', 'qualification*', 'apprentice*',
    'literacy', 'reading', 'book*', 'skill*', 'workplace', 'learning', 'dictionar*',
  ],
  'family-support': ['famil*', 'relatives', 'children of prisoners', 'prison visit*', 'parent*', 'playroom'],
  'arts-and-creative': [
    'art', 'arts', 'theatre*', 'drama', 'music*', 'dance', 'dancing', 'writing', 'writer*', 'creative', 'autobiograph*', 'poetry',
    'film*', 'choir*', 'singing',
  ],
  'animals-and-outdoors': ['animal*', 'horse*', 'dog*', 'wilderness', 'outdoor*', 'conservation', 'tree nurser*', 'garden*', 'horticultur*', 'farm*'],
  'cognitive-behavioural': ['offending behaviour', 'cognitive', 'thinking skills', 'anger management', 'behaviour*'],
  'restorative-justice': ['restorative', 'victim*', 'restore', 'amends', 'forgiveness'],
  'community-services': ['outreach', 'drop in', 'women s centre*', 'women*'],
  'staff-practice': ['probation officer*', 'probation staff', 'prison staff', 'staff training', 'supervision'],
  'system-reform': [
    'reform*', 'alternative to custody', 'alternatives to custody', 'criminal record*', 'co production', 'user voice',
    'coordinat*', 'partnership*', 'directory', 'charities working with',
  ],
  deterrence: ['scared straight', 'boot camp*', 'military style', 'short sharp shock'],
};

/**
 * Words that tell apart the interventions of one type (by the bundled map's intervention ids). An
 * intervention of a type with no such words here, or the one named in TYPE_DEFAULT, takes the
 * type's words alone.
 */
export const INTERVENTION_TERMS: Record<string, string[]> = {
  'training-people-with-convictions-as-mentors': ['mentor training', 'training mentors', 'train mentors'],
  'meeting-at-the-gate': ['at the gate', 'day of release', 'gate'],
  'holistic-support-worker-into-the-community': ['resettlement', 'before their release', 'due for release', 'support worker*', 'caseworker*'],
  'release-placements-chosen-with-people': ['placement*'],
  'liaison-and-diversion': ['liaison'],
  'substance-use-aftercare': ['aftercare', 'recovery', 'after release'],
  'opioid-substitution-treatment': ['opioid*', 'methadone'],
  'drug-courts': ['drug court*'],
  'therapeutic-communities': ['therapeutic communit*'],
  'education-and-training': ['education*', 'course*', 'qualification*', 'literacy', 'book*', 'dictionar*', 'learning', 'training'],
  'apprenticeships-and-employment-support': ['employment', 'employab*', 'job', 'jobs', 'apprentice*', 'work related', 'vocational', 'workplace'],
  'social-enterprises': ['social enterprise*'],
  'school-inclusion-units': ['school*', 'exclusion*', 'inclusion unit*'],
  'family-visits-and-home-leave': ['visit*', 'home leave', 'playroom', 'play area*', 'contact'],
  'family-support': ['famil*', 'relatives', 'friends'],
  'wilderness-programmes': ['wilderness', 'outdoor*', 'expedition*'],
  'accredited-offending-behaviour-programmes': ['accredited', 'offending behaviour programme*'],
  'critical-perspective-work': ['critical perspective', 'citizenship'],
  'womens-community-services': ['women*', 'women s centre*'],
  'contextual-work-on-local-environments': ['neighbourhood*', 'estate*'],
  'giving-back-to-the-community': ['giving back'],
  'challenging-stereotypes': ['stereotyp*'],
  'user-voice-co-production': ['user voice', 'co production', 'user led'],
  'anti-stigma-training-for-employers-and-staff': ['employer*', 'stigma*'],
  'spent-conviction-reform': ['spent conviction*', 'criminal record*', 'disclosure'],
  'alternatives-to-prosecution': ['alternative to prosecution', 'alternatives to prosecution', 'out of court'],
  'community-sentences-instead-of-short-custody': ['alternative to custody', 'alternatives to custody', 'community sentence*', 'short sentence*'],
  'supervision-by-trained-probation-staff': ['probation staff', 'probation officer*', 'supervision'],
  'boot-camps': ['boot camp*', 'military style'],
  'scared-straight': ['scared straight'],
};

/** Where several interventions share a type and a grant's words fit only the type, the broad one. */
export const TYPE_DEFAULT: Record<string, string> = {
  'system-reform': 'joined-up-and-flexible-services',
  'community-services': 'community-outreach',
  'through-the-gate': 'holistic-support-worker-into-the-community',
  'family-support': 'family-support',
  'substance-use-treatment': 'substance-use-programmes-with-peer-support',
};
