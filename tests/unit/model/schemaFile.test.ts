import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchemaText } from '../../../src/model';

describe('data/schema.json', () => {
  it('is what `npm run schema` generates from the zod schema (run it if this fails)', () => {
    const onDisk = readFileSync(fileURLToPath(new URL('../../../data/schema.json', import.meta.url)), 'utf8');
    expect(onDisk).toBe(datasetJsonSchemaText());
  });
});
