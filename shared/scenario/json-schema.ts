/**
 * The project file format as a JSON Schema (draft 2020-12), generated from the zod schema so
 * it cannot disagree with the validator. Editors such as VS Code use it for completion and
 * hover help: every input carries its `description`, `unit`, range and `default`.
 *
 * It describes the input side (`io: 'input'`): fields with defaults are optional. Checks that
 * JSON Schema cannot express (unique scenario names) are only in the validator.
 * `scripts/write-json-schema.ts` writes it to `schema/fabricost-project.schema.json`.
 */
import { z } from 'zod';
import { projectSchema, CURRENT_SCHEMA_VERSION } from './scenario-schema.ts';

/** Where the committed copy lives, relative to the repository root. */
export const PROJECT_JSON_SCHEMA_PATH = 'schema/fabricost-project.schema.json';

/** The JSON Schema of a project file, version CURRENT_SCHEMA_VERSION. */
export function projectJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(projectSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'Fabricost project',
    description: `A Fabricost project file, schema version ${CURRENT_SCHEMA_VERSION}: scenarios of an AI-cluster network to cost.`,
    ...rest,
  };
}

/** The schema as the committed file holds it: two-space indented JSON and a final newline. */
export function projectJsonSchemaText(): string {
  return `${JSON.stringify(projectJsonSchema(), null, 2)}\n`;
}
