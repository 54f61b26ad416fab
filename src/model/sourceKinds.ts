/** What kind of document a source is; the UI uses the plain-words label beside every citation. */
export const SOURCE_KINDS = [
  'review',
  'evaluation',
  'provider-report',
  'practitioner-views',
  'lived-experience',
  'statistics',
] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  review: 'Evidence review',
  evaluation: 'Evaluation',
  'provider-report': "Provider's own report",
  'practitioner-views': 'Practitioner and sector views',
  'lived-experience': 'Lived-experience interviews',
  statistics: 'Official statistics or survey figures',
};
