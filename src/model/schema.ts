import { z } from 'zod';
import { zodWithoutEval } from './zodConfig';
import { idSchema } from './ids';
import { EVIDENCE_LEVELS } from './evidence';
import { SOURCE_KINDS } from './sourceKinds';
import { FUNDING_SCALES } from './scale';
import { EFFECT_DIRECTIONS, FINDING_OUTCOMES, RATING_BASES, STUDY_DESIGNS } from './studyDesigns';
import { RATING_RULE } from './ratingRule';
import { SOURCE_FILE_NAME } from './citationSites';
import { estimateSchema } from './effectEstimate';

zodWithoutEval();

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

export const effectSchema = z.strictObject({
  measure: text(300).describe('What the figure measures, as the source names it (e.g. "odds ratio, any recidivism").'),
  value: text(300).describe('The figure exactly as the source reports it.'),
  interval: text(200).optional().describe('Its confidence interval, as reported.'),
  studies: text(300).optional().describe('How many studies or people it rests on.'),
  setting: text(300).optional().describe('Country, population or setting.'),
});

/**
 * A citation is one of two things, told apart by its fields:
 * - a quote: `{ source, quote }`, a short exact quote from a source stored here (checked word for word);
 * - a summary: `{ source, finding, locator, effect? }`, what an external source found, in our own
 *   words, with where in it to look. External sources are never quoted.
 * Whether the source is stored here or external is checked against sources[] (crossReferences.ts).
 */
export const citationSchema = z
  .strictObject({
    source: idSchema.describe('The id of an entry in sources[].'),
    quote: text(600).optional().describe('A short exact quote from a source stored here: a sentence at most.'),
    finding: text(1500)
      .optional()
      .describe('What an external source found, written in our own words (never copied).'),
    locator: text(300).optional().describe('Where in the external source: chapter, section, page or table.'),
    effect: effectSchema.optional().describe('The effect as a figure, exactly as the source reports it.'),
    estimate: estimateSchema
      .optional()
      .describe('The effect on reoffending as data (measure, value, rates, interval, population), which the impact rating reads.'),
    direction: z
      .enum(EFFECT_DIRECTIONS)
      .optional()
      .describe('Which way this finding says reoffending moves under what the citing record is about (e.g. community sentences rather than short custody).'),
    outcome: z
      .enum(FINDING_OUTCOMES)
      .optional()
      .describe('reoffending: the finding measured reoffending itself; intermediate: only an in-between outcome.'),
  })
  .superRefine((citation, ctx) => {
    const hasQuote = citation.quote !== undefined;
    const hasFinding = citation.finding !== undefined;
    if (hasQuote === hasFinding) {
      ctx.addIssue({
        code: 'custom',
        path: [hasQuote ? 'finding' : 'quote'],
        message: hasQuote
          ? 'either a quote (from a source stored here) or a finding (a summary of an external source), not both'
          : 'a quote (from a source stored here) or a finding with a locator (a summary of an external source)',
      });
    }
    if (hasFinding && citation.locator === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['locator'],
        message: 'a locator for the finding (chapter, section, page or table) so a reader can check it',
      });
    }
    if (hasQuote) {
      for (const field of ['locator', 'effect', 'estimate', 'direction', 'outcome'] as const) {
        if (citation[field] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `no ${field} on a quote: ${field} belongs to a summarised finding of an external source`,
          });
        }
      }
    }
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

export const sourceSchema = z
  .strictObject({
    id: idSchema,
    title: label,
    kind: z.enum(SOURCE_KINDS),
    file: z
      .string()
      .regex(SOURCE_FILE_NAME, { message: 'a plain file name ending in .txt' })
      .optional()
      .describe("The source's text file, used to check that quotes are exact. Never set on an external source."),
    external: z
      .literal(true)
      .optional()
      .describe(
        'true for a source read elsewhere and not stored here: cited only by summaries in our own words, with a locator; it needs url, study, read and no file.',
      ),
    study: z.enum(STUDY_DESIGNS).optional().describe('External sources: the design behind the findings.'),
    publisher: label.optional(),
    author: label.optional(),
    date: partialDate.optional(),
    url: webAddress
      .optional()
      .describe('The publication\'s own address (a DOI or the publisher\'s page) where known; otherwise the page read.'),
    readAt: webAddress
      .optional()
      .describe('External sources read in a copy or mirror: the address actually read, so a reader can check it.'),
    read: partialDate.optional().describe('External sources: the date the team read it.'),
    licence: text(200).optional().describe('The licence the source states, where it states one.'),
    caveat: description.describe('What a reader should weigh: age, country, who wrote it and why; for a summary, whose review it summarises.'),
  })
  .superRefine((source, ctx) => {
    if (!source.external) {
      for (const field of ['study', 'readAt', 'read'] as const) {
        if (source[field] !== undefined) {
          ctx.addIssue({ code: 'custom', path: [field], message: `no ${field} on a stored source; set "external": true if it is read elsewhere` });
        }
      }
      return;
    }
    if (source.file !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['file'], message: 'no file on an external source: external sources are never copied here' });
    }
    for (const field of ['url', 'study', 'read'] as const) {
      if (source[field] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: { url: 'its web address', study: 'the kind of study it is', read: 'the date it was read (YYYY-MM-DD)' }[field],
        });
      }
    }
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

export const ratingBasisSchema = z.strictObject({
  restsOn: z
    .enum(RATING_BASES)
    .describe('What the rating rests on: research, a provider\'s own figure, or testimony. Where research and testimony disagree, both stay cited and this says which one carries the rating.'),
  sources: z
    .array(idSchema)
    .min(1, { message: 'at least one source' })
    .max(50)
    .describe('The ids of the cited sources that carry the rating; each must be cited in evidence.citations.'),
  disagreement: description.optional().describe('Where research and testimony disagree: how, in plain words.'),
});

export const evidenceSchema = z
  .strictObject({
    strength: z.enum(EVIDENCE_LEVELS),
    direction: z
      .enum(EFFECT_DIRECTIONS)
      .optional()
      .describe('Which way the research says reoffending moves, apart from how sure it is: strong evidence can be evidence of no effect or of harm.'),
    summary: description,
    basis: ratingBasisSchema.optional().describe('Which citations carry the rating.'),
    citations,
  })
  .describe(RATING_RULE);

export const exampleSchema = z.strictObject({
  organisation: label,
  url: webAddress.optional(),
});

const currency = z.string().regex(/^[A-Z]{3}$/, { message: 'a currency code such as GBP, USD or EUR' });
const priceYear = z.number().int().min(1900).max(2100);
const amount = z.number().finite().min(0, { message: 'an amount of 0 or more' });

/** A cost per participant as a source reports it; a point figure has low equal to high. */
export const costSchema = z
  .strictObject({
    perParticipant: z.strictObject({ low: amount, high: amount }),
    currency,
    priceYear: priceYear
      .optional()
      .describe('The year whose prices the figure is in; left out where the source does not state it (shown as "price year not stated"), never guessed from the publication date.'),
    covers: text(400).describe('What the figure covers (e.g. delivery per person who starts).'),
    reported: text(300).describe('The figure exactly as the source reports it.'),
    citation: citationSchema,
  })
  .superRefine((cost, ctx) => {
    if (cost.perParticipant.low > cost.perParticipant.high) {
      ctx.addIssue({ code: 'custom', path: ['perParticipant'], message: 'low no greater than high' });
    }
  });

/** A benefit-cost ratio a source reports, with where and for whom it was measured. */
export const valueForMoneySchema = z
  .strictObject({
    kind: z.enum(['benefit-cost-ratio']).describe('benefit-cost-ratio: benefits (or money saved) per 1 unit spent; below 0 where the benefits themselves are negative (harm).'),
    value: z.number().finite(),
    low: z.number().finite().optional(),
    high: z.number().finite().optional(),
    chanceBenefitsExceedCosts: z.number().min(0).max(100).optional().describe('Percent, where the source reports it.'),
    setting: text(400).describe('Where, for whom and in which prices it was measured (several are American).'),
    reported: text(300).describe('The figure exactly as the source reports it.'),
    citation: citationSchema,
  })
  .superRefine((entry, ctx) => {
    if (entry.low !== undefined && entry.low > entry.value) ctx.addIssue({ code: 'custom', path: ['low'], message: `no more than the value ${entry.value}` });
    if (entry.high !== undefined && entry.high < entry.value) ctx.addIssue({ code: 'custom', path: ['high'], message: `no less than the value ${entry.value}` });
  });

/** What reoffending costs, cited: the stake a funder weighs a cost per participant against. */
export const stakeSchema = z.strictObject({
  id: idSchema,
  label,
  amount,
  currency,
  priceYear: priceYear.optional().describe('The year whose prices the figure is in; left out where the source does not state it, never guessed from the publication date.'),
  per: text(120).describe('What one amount is for: "year", "prison place per year", "reoffence".'),
  reported: text(300).describe('The figure exactly as the source reports it.'),
  citation: citationSchema,
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
  cost: costSchema.optional().describe('Cost per participant, only where a source reports one.'),
  valueForMoney: z.array(valueForMoneySchema).max(20).optional().describe('Benefit-cost ratios a source reports.'),
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

/** Layout units: a map spans some thousands; a million is far beyond any real layout and still safe to draw. */
export const COORDINATE_LIMIT = 1_000_000;
const coordinate = z.number().finite().min(-COORDINATE_LIMIT).max(COORDINATE_LIMIT);

export const positionSchema = z.strictObject({
  x: coordinate,
  y: coordinate,
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
  stakes: z.array(stakeSchema).max(100).optional().describe('What reoffending costs, cited (cost of reoffending, of a prison place, of a reoffence).'),
  positions: z.record(idSchema, positionSchema).optional(),
});
