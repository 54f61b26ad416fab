/** Funding scales a source can tie an intervention to; most sources tie none. */
export const FUNDING_SCALES = ['10k', '100k', '1m'] as const;
export type FundingScale = (typeof FUNDING_SCALES)[number];

export const FUNDING_SCALE_LABELS: Record<FundingScale, string> = {
  '10k': 'About £10,000',
  '100k': 'About £100,000',
  '1m': 'About £1 million',
};
