/** `npm run scenarios:schema`: writes scenarios/scenario.schema.json from the zod schema. */
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema, scenarioJsonSchemaFile } from '../src/content/scenarioJsonSchema';

writeFileSync(scenarioJsonSchemaFile, scenarioJsonSchema());
console.log(`wrote ${scenarioJsonSchemaFile}`);
