/**
 * The JSON Schema for scenario files, generated from the zod schema so the
 * two can never disagree. Editors use it (each file names it in "$schema")
 * for autocompletion and hover help; `npm run scenarios:schema` writes it.
 */
import { z } from 'zod';
import { scenarioFileSchema } from './scenarioSchema';

/** Where the generated schema lives, beside the scenarios. */
export const scenarioJsonSchemaFile = 'scenarios/scenario.schema.json';

/** The schema as the committed file holds it. Draft 7 is what editors read best. */
export function scenarioJsonSchema(): string {
  const schema = z.toJSONSchema(scenarioFileSchema, { target: 'draft-07', io: 'input' });
  return `${JSON.stringify({ ...schema, title: 'Coach or Rescue scenario' }, null, 2)}\n`;
}
