import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  SCENARIO_INPUT_FIELDS,
  SCENARIO_INPUT_FIELD_BY_PATH,
  collectInputFields,
  type InputField,
} from '../../../shared/scenario/input-fields.ts';
import { getAtPath } from '../../../shared/scenario/object-paths.ts';
import { schemaAtPath } from '../../../shared/scenario/schema-introspection.ts';
import { scenarioSchema, topologySchema } from '../../../shared/scenario/scenario-schema.ts';
import { z } from 'zod';

const field = (path: string): InputField => {
  const f = SCENARIO_INPUT_FIELD_BY_PATH.get(path);
  assert.ok(f, `no input field ${path}`);
  return f;
};

/** Dot paths of every leaf of a parsed scenario (records and lists count as leaves). */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => {
    const path = prefix ? `${prefix}.${k}` : k;
    const isRecordOfNumbers =
      typeof v === 'object' && v !== null && !Array.isArray(v) && (k === 'priceUsd' || k === 'powerW');
    return isRecordOfNumbers ? [path] : leafPaths(v, path);
  });
}

describe('SCENARIO_INPUT_FIELDS', () => {
  test('describes cluster.acceleratorCount from the schema metadata', () => {
    assert.deepEqual(field('cluster.acceleratorCount'), {
      path: 'cluster.acceleratorCount',
      group: 'Cluster',
      unit: 'accelerators',
      description: 'Number of accelerators in the cluster',
      kind: 'integer',
      minimum: 1,
      maximum: 4_000_000,
      default: 1024,
      required: false,
    });
  });

  test('covers exactly the leaves of a scenario with defaults filled, plus optional inputs', () => {
    const parsed = scenarioSchema.parse({ name: 'x' });
    const fromSchema = new Set(leafPaths(parsed));
    const listed = new Set(SCENARIO_INPUT_FIELDS.map((f) => f.path));
    const optional = SCENARIO_INPUT_FIELDS.filter((f) => !f.required && f.default === undefined).map((f) => f.path);
    assert.deepEqual(optional, [
      'switch.radix',
      'switch.byTier.leaf.radix',
      'switch.byTier.spine.radix',
      'switch.byTier.core.radix',
      'switch.byTier.superCore.radix',
      'workload.compute.computeEfficiency',
      'workload.communication.scaleUpBusEfficiency',
      'workload.communication.scaleUpAllReduceBusEfficiency',
    ]);
    assert.deepEqual([...listed].sort(), [...fromSchema, ...optional].sort());
    assert.equal(listed.size, SCENARIO_INPUT_FIELDS.length, 'paths are unique');
  });

  test('every default is the value the schema fills in', () => {
    const parsed = scenarioSchema.parse({ name: 'x' });
    for (const f of SCENARIO_INPUT_FIELDS) {
      if (f.required) continue;
      assert.deepEqual(getAtPath(parsed, f.path), f.default, f.path);
    }
  });

  test('every input has a description, a group and a consistent range', () => {
    const groups = new Set([
      'Cluster',
      'Scale-up',
      'Scale-out',
      'Topology',
      'Media',
      'Link lengths',
      'Economics',
      'Workload',
      'Reliability',
      'Analysis',
      'Overrides',
      'General',
    ]);
    for (const f of SCENARIO_INPUT_FIELDS) {
      assert.ok(f.description.length > 5, `${f.path} has a description`);
      assert.ok(groups.has(f.group), `${f.path} group ${f.group}`);
      assert.equal(typeof f.unit, 'string');
      if (f.kind === 'number' || f.kind === 'integer' || f.kind === 'record' || f.kind === 'list') {
        assert.equal(typeof f.maximum, 'number', `${f.path} has a maximum`);
        assert.ok(f.minimum !== undefined || f.exclusiveMinimum !== undefined, `${f.path} has a minimum`);
        assert.ok(f.unit.length > 0, `${f.path} has a unit`);
      }
      if ((f.kind === 'number' || f.kind === 'integer') && typeof f.default === 'number') {
        assert.ok(
          f.default >= (f.minimum ?? -Infinity) && f.default <= (f.maximum as number),
          `${f.path} default in range`,
        );
        if (f.kind === 'integer') assert.ok(Number.isInteger(f.default), `${f.path} default is whole`);
      }
      if (f.kind === 'enum') {
        assert.ok(f.options && f.options.length > 1, `${f.path} lists options`);
        assert.ok(f.options.includes(f.default as string), `${f.path} default is an option`);
      }
    }
  });

  test('every default is accepted by the schema at its own path', () => {
    for (const f of SCENARIO_INPUT_FIELDS) {
      if (f.default === undefined) continue;
      const schema = schemaAtPath(scenarioSchema, f.path.split('.')) as unknown as z.ZodType;
      assert.equal(schema.safeParse(f.default).success, true, f.path);
    }
  });

  test('groups follow the scenario sections', () => {
    assert.equal(field('name').group, 'General');
    assert.equal(field('year').group, 'General');
    assert.equal(field('scaleUp.domainSize').group, 'Scale-up');
    assert.equal(field('switch.radix').group, 'Scale-out');
    assert.equal(field('topology.dragonfly.p').group, 'Topology');
    assert.equal(field('linkLengthM.global').group, 'Link lengths');
    assert.equal(field('economics.pue').group, 'Economics');
    assert.equal(field('overrides.powerW').group, 'Overrides');
  });

  test('reads the special shapes: auto-or-number, auto-or-id, lists, records, text, optional', () => {
    assert.deepEqual(
      { ...field('topology.tiers') },
      {
        path: 'topology.tiers',
        group: 'Topology',
        unit: 'tiers',
        description: 'Switching tiers of a folded Clos, or auto for the fewest that fit',
        kind: 'integer',
        minimum: 1,
        maximum: 5,
        options: ['auto'],
        default: 'auto',
        required: false,
      },
    );
    const nic = field('scaleOut.nic');
    assert.equal(nic.kind, 'text');
    assert.deepEqual(nic.options, ['auto']);
    assert.equal(nic.pattern, '^[a-z0-9][a-z0-9.+-]{0,63}$');
    const over = field('topology.oversubscription');
    assert.deepEqual(
      [over.kind, over.minimum, over.maximum, over.minItems, over.maxItems, over.default],
      ['list', 1, 64, 1, 4, [1]],
    );
    const price = field('overrides.priceUsd');
    assert.deepEqual(
      [price.kind, price.unit, price.minimum, price.maximum, price.default],
      ['record', 'USD', 0, 1e8, {}],
    );
    const name = field('name');
    assert.deepEqual(
      [name.kind, name.required, name.minLength, name.maxLength, name.default],
      ['text', true, 1, 120, undefined],
    );
    const radix = field('switch.radix');
    assert.deepEqual(
      [radix.kind, radix.required, radix.default, radix.minimum, radix.maximum],
      ['integer', false, undefined, 2, 2048],
    );
    assert.deepEqual(field('scaleOut.ecosystem').options, [
      'infiniband',
      'ethernet-roce',
      'spectrum-x',
      'ultra-ethernet',
    ]);
    assert.equal(field('linkLengthM.local').kind, 'number');
  });

  test('defaults are private copies of the schema, frozen all the way down', () => {
    const shared = field('topology.oversubscription').default as number[];
    assert.ok(Object.isFrozen(shared));
    assert.throws(() => shared.push(99), TypeError);
    assert.deepEqual(field('topology.oversubscription').default, [1]);
    assert.deepEqual(topologySchema.parse({}).oversubscription, [1]);
    for (const f of SCENARIO_INPUT_FIELDS) {
      assert.ok(Object.isFrozen(f), f.path);
      if (typeof f.default === 'object' && f.default !== null) assert.ok(Object.isFrozen(f.default), f.path);
    }
  });

  test('meta.group on a field overrides its section and exclusive bounds are kept', () => {
    const schema = z.object({
      economics: z.object({
        rate: z
          .number()
          .gt(0)
          .lte(10)
          .default(1)
          .meta({ unit: 'x', description: 'A rate', group: 'Overrides', exclusiveMinimum: 0, maximum: 10 }),
      }),
    });
    assert.deepEqual(collectInputFields(schema), [
      {
        path: 'economics.rate',
        group: 'Overrides',
        unit: 'x',
        description: 'A rate',
        kind: 'number',
        exclusiveMinimum: 0,
        maximum: 10,
        default: 1,
        required: false,
      },
    ]);
  });
});
