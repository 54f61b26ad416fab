import { z } from 'zod';
import { zodWithoutEval } from './zodConfig';
import { ID_PATTERN, RESERVED_IDS } from './idRules';

zodWithoutEval();

/** An id as the schema checks it: the rules in idRules.ts, with a message that says the fix. */
export const idSchema = z
  .string()
  .max(80)
  .regex(ID_PATTERN, { message: 'a lower-case kebab-case id such as "no-accommodation"' })
  .refine((id) => !RESERVED_IDS.has(id), { message: 'an id other than a name every JavaScript object already has ("constructor"): add a word, such as "constructor-role"' });
