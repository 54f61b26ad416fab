import type { z } from 'zod';
import type {
  citationSchema,
  datasetSchema,
  factorSchema,
  interventionSchema,
  linkSchema,
  sourceSchema,
  vocabularyEntrySchema,
  gapSchema,
  loopSchema,
  targetSchema,
  costSchema,
  valueForMoneySchema,
  stakeSchema,
} from './schema';
import type { estimateSchema } from './effectEstimate';

/** Every dataset type is inferred from the zod schema; none is written by hand. */
export type Dataset = z.infer<typeof datasetSchema>;
export type Factor = z.infer<typeof factorSchema>;
export type Link = z.infer<typeof linkSchema>;
export type Intervention = z.infer<typeof interventionSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type VocabularyEntry = z.infer<typeof vocabularyEntrySchema>;
export type Gap = z.infer<typeof gapSchema>;
export type Loop = z.infer<typeof loopSchema>;
export type Target = z.infer<typeof targetSchema>;
export type Estimate = z.infer<typeof estimateSchema>;
export type Cost = z.infer<typeof costSchema>;
export type ValueForMoney = z.infer<typeof valueForMoneySchema>;
export type Stake = z.infer<typeof stakeSchema>;
