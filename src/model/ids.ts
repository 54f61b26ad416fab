import { z } from 'zod';

/** Ids are lower-case kebab-case so they read well in URLs and never need escaping. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z
  .string()
  .max(80)
  .regex(ID_PATTERN, { message: 'a lower-case kebab-case id such as "no-accommodation"' });
