import { z } from 'zod';
import { zodWithoutEval } from './zodConfig';
import { datasetSchema } from './schema';

zodWithoutEval();

/** The JSON Schema that editors use for completion and errors, generated from the zod schema. */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', io: 'input' }),
    title: 'Reoffending systems map dataset',
    description:
      'A cited causal map of the factors that drive reoffending and the interventions that act on them. Generated from src/model/schema.ts by `npm run schema`; do not edit by hand.',
  };
}

export function datasetJsonSchemaText(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}
