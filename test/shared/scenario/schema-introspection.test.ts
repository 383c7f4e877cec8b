import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { describeAllowed, schemaAtPath } from '../../../shared/scenario/schema-introspection.ts';
import { projectSchema, scenarioSchema } from '../../../shared/scenario/scenario-schema.ts';

describe('schema helpers', () => {
  test('describeAllowed says what a schema accepts', () => {
    assert.equal(
      describeAllowed(projectSchema),
      'an object with fields schemaVersion, title, notes, catalogOverrides, components, buildOut, scenarios',
    );
    assert.equal(
      describeAllowed(z.union([z.literal('auto'), z.number().int().min(1).max(5)])),
      '"auto" or a whole number from 1 to 5',
    );
    assert.equal(describeAllowed(z.string().max(10)), 'text of at most 10 characters');
    assert.equal(describeAllowed(z.enum(['a', 'b'])), 'one of "a", "b"');
    assert.equal(describeAllowed(z.array(z.number()).min(1).max(4)), 'a list of 1 to 4 items');
  });

  test('schemaAtPath follows objects, lists and records', () => {
    assert.equal(
      schemaAtPath(projectSchema, ['scenarios', 0, 'cluster', 'acceleratorCount']),
      scenarioSchema.shape.cluster.unwrap().shape.acceleratorCount,
    );
    assert.ok(schemaAtPath(projectSchema, ['scenarios', 0, 'overrides', 'priceUsd', 'any-id']));
    assert.equal(schemaAtPath(projectSchema, ['scenarios', 0, 'nope']), undefined);
    assert.equal(schemaAtPath(projectSchema, ['scenarios', 0, 'year', 'deeper']), undefined);
    assert.equal(schemaAtPath(projectSchema, ['toString']), undefined, 'only own shape keys');
  });
});
