/** Writes data/schema.json from the zod schema: `npm run schema`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetJsonSchemaText } from '../src/model/jsonSchema';

const target = fileURLToPath(new URL('../data/schema.json', import.meta.url));
writeFileSync(target, datasetJsonSchemaText());
console.log(`Wrote ${target}`);
