import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  PROJECT_JSON_SCHEMA_PATH,
  projectJsonSchema,
  projectJsonSchemaText,
} from '../../../shared/scenario/json-schema.ts';
import { SCENARIO_INPUT_FIELDS } from '../../../shared/scenario/input-fields.ts';

const committedPath = fileURLToPath(new URL(`../../../${PROJECT_JSON_SCHEMA_PATH}`, import.meta.url));

type JsonSchema = Record<string, unknown> & {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  required?: string[];
};

/** The sub-schema of a scenario input, following `properties` along a dot path. */
function scenarioProperty(path: string): JsonSchema {
  const root = projectJsonSchema() as JsonSchema;
  let node = root.properties?.scenarios?.items as JsonSchema;
  for (const key of path.split('.')) {
    const next = node.properties?.[key];
    assert.ok(next, `no property ${key} in ${path}`);
    node = next;
  }
  return node;
}

describe('project JSON Schema', () => {
  test('the committed file equals a freshly generated one (run `npm run schema` to update)', () => {
    const committed = readFileSync(committedPath, 'utf8');
    assert.equal(committed, projectJsonSchemaText());
  });

  test('is draft 2020-12, titled, and strict about unknown fields', () => {
    const schema = projectJsonSchema() as JsonSchema;
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.title, 'Fabricost project');
    assert.equal(schema.additionalProperties, false);
    assert.deepEqual(schema.required, ['schemaVersion', 'scenarios']);
    assert.deepEqual(schema.properties?.schemaVersion?.const, 1);
    const scenarios = schema.properties?.scenarios as JsonSchema;
    assert.deepEqual([scenarios.minItems, scenarios.maxItems], [1, 64]);
    assert.deepEqual(
      (scenarios.items as JsonSchema).required,
      ['name'],
      'input schema: only name is required in a scenario',
    );
  });

  test('carries unit, description, range and default of each input', () => {
    assert.deepEqual(scenarioProperty('cluster.acceleratorCount'), {
      default: 1024,
      unit: 'accelerators',
      description: 'Number of accelerators in the cluster',
      minimum: 1,
      maximum: 4000000,
      type: 'integer',
    });
    const tiers = scenarioProperty('topology.tiers');
    assert.equal(tiers.default, 'auto');
    assert.deepEqual(tiers.anyOf, [
      { type: 'string', const: 'auto' },
      { type: 'integer', minimum: 1, maximum: 5 },
    ]);
  });

  test('every scenario input appears with its description and default', () => {
    for (const f of SCENARIO_INPUT_FIELDS) {
      const property = scenarioProperty(f.path);
      assert.equal(property.description, f.description, f.path);
      if (f.unit) assert.equal(property.unit, f.unit, f.path);
      if (f.default !== undefined) assert.deepEqual(property.default, f.default, f.path);
    }
  });
});
