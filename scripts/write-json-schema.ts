/**
 * Writes the project JSON Schema to schema/fabricost-project.schema.json (`npm run schema`).
 * Run it after changing the scenario schema and commit the result; a test fails while the
 * committed file differs from what this script would write.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_JSON_SCHEMA_PATH, projectJsonSchemaText } from '../shared/scenario/json-schema.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, PROJECT_JSON_SCHEMA_PATH);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, projectJsonSchemaText());
console.log(`wrote ${PROJECT_JSON_SCHEMA_PATH}`);
