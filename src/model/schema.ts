import { z } from 'zod';
import { idSchema } from './ids';
import { EVIDENCE_LEVELS } from './evidence';
import { SOURCE_KINDS } from './sourceKinds';
import { FUNDING_SCALES } from './scale';

/**
 * The dataset schema: the single source of truth for the dataset's types (see `types.ts`) and for
 * data/schema.json. Objects are strict so a misspelt field ("lable") is reported, not ignored.
 * Lengths are bounded so a hostile or accidental megabyte string cannot freeze the page.
 */

const text = (max: number) => z.string().trim().min(1, { message: 'some text' }).max(max);
const label = text(160);
const description = text(4000);

/** Dates as the source states them: a year, a month or a day. */
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'a date as YYYY, YYYY-MM or YYYY-MM-DD' });

const webAddress = z
  .string()
  .max(2000)
  .regex(/^https?:\/\/[^\s]+$/i, { message: 'a web address starting with http:// or https://' });

export const citationSchema = z.strictObject({
  source: idSchema.describe('The id of an entry in sources[].'),
  quote: text(600).describe('A short exact quote from the source: a sentence at most.'),
});

const citations = z.array(citationSchema).min(1, { message: 'at least one citation' }).max(50);

export const vocabularyEntrySchema = z.strictObject({
  id: idSchema,
  label,
  description,
});

const vocabulary = z.array(vocabularyEntrySchema).min(1, { message: 'at least one entry' }).max(100);

export const changelogEntrySchema = z.strictObject({
  version: text(40),
  date: partialDate,
  changes: description,
});

export const metaSchema = z.strictObject({
  title: label,
  version: text(40),
  updated: partialDate.describe('When the dataset was last updated.'),
  description,
  licence: text(200),
  citeAs: description.describe('How to cite the dataset.'),
  jurisdiction: text(200),
  changelog: z.array(changelogEntrySchema).max(500),
  outcome: idSchema.describe('The id of the factor that is the outcome of the system (reoffending).'),
});

export const sourceSchema = z.strictObject({
  id: idSchema,
  title: label,
  kind: z.enum(SOURCE_KINDS),
  file: z
    .string()
    .regex(/^[A-Za-z0-9._-]+\.txt$/, { message: 'a plain file name ending in .txt' })
    .optional()
    .describe("The source's text file, used to check that quotes are exact."),
  publisher: label.optional(),
  author: label.optional(),
  date: partialDate.optional(),
  url: webAddress.optional(),
  caveat: description.describe('What a reader should weigh: age, who wrote it and why.'),
});

export const factorSchema = z.strictObject({
  id: idSchema,
  label,
  domain: idSchema,
  stage: idSchema,
  description,
  citations,
});

export const linkSchema = z.strictObject({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  polarity: z.enum(['+', '-']).describe('+: more of `from` means more of `to`; -: means less.'),
  basis: z
    .enum(['stated', 'inferred'])
    .describe('stated: a source says so; inferred: reasoned from the cited premises.'),
  openQuestion: idSchema
    .optional()
    .describe(
      'The id of the gap that asks about this link, where the sources put the claim as a question they want tested rather than a finding.',
    ),
  description,
  citations,
});

export const targetSchema = z.strictObject({
  factor: idSchema,
  effect: z.enum(['raises', 'lowers']),
});

export const evidenceSchema = z.strictObject({
  strength: z.enum(EVIDENCE_LEVELS),
  summary: description,
  citations,
});

export const exampleSchema = z.strictObject({
  organisation: label,
  url: webAddress.optional(),
});

export const interventionSchema = z.strictObject({
  id: idSchema,
  label,
  type: idSchema,
  domain: idSchema,
  stages: z.array(idSchema).min(1, { message: 'at least one stage' }).max(20),
  description,
  targets: z.array(targetSchema).min(1, { message: 'at least one target factor' }).max(200),
  evidence: evidenceSchema,
  scale: z
    .enum(FUNDING_SCALES)
    .optional()
    .describe('Only where a source ties the intervention to this amount of funding.'),
  examples: z.array(exampleSchema).max(50).optional(),
});

export const gapSchema = z.strictObject({
  id: idSchema,
  question: description,
  factors: z.array(idSchema).min(1, { message: 'at least one factor' }).max(200),
  citations,
});

export const loopSchema = z.strictObject({
  id: idSchema,
  name: label,
  description,
  factors: z.array(idSchema).min(2, { message: 'at least two factors' }).max(50),
});

export const positionSchema = z.strictObject({
  x: z.number().finite(),
  y: z.number().finite(),
});

export const datasetSchema = z.strictObject({
  $schema: z.string().max(2000).optional(),
  meta: metaSchema,
  vocabularies: z.strictObject({
    domains: vocabulary,
    stages: vocabulary.describe('System stages, in the order of a person’s journey.'),
    interventionTypes: vocabulary,
  }),
  sources: z.array(sourceSchema).min(1, { message: 'at least one source' }).max(1000),
  factors: z.array(factorSchema).min(1, { message: 'at least one factor' }).max(20000),
  links: z.array(linkSchema).max(100000),
  interventions: z.array(interventionSchema).max(20000),
  gaps: z.array(gapSchema).max(5000),
  loops: z.array(loopSchema).max(5000).optional(),
  positions: z.record(idSchema, positionSchema).optional(),
});
