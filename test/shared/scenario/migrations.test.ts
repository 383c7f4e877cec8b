import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { MIGRATIONS, migrateToCurrent, type Migration, type RawObject } from '../../../shared/scenario/migrations.ts';
import { parseProject, parseProjectValue } from '../../../shared/scenario/parse-project.ts';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/scenario/scenario-schema.ts';

/**
 * A made-up version 0 for testing the machinery: scenarios had `clusterSize` at the top level,
 * and a `legacyFlag` that version 1 dropped.
 */
const v0ToV1: Migration = {
  summary: 'clusterSize moved to cluster.acceleratorCount; legacyFlag removed',
  up(raw, note) {
    const scenarios = Array.isArray(raw.scenarios) ? raw.scenarios : [];
    scenarios.forEach((s: unknown, i) => {
      if (typeof s !== 'object' || s === null || Array.isArray(s)) return;
      const scenario = s as RawObject;
      if ('clusterSize' in scenario) {
        const cluster = (
          typeof scenario.cluster === 'object' && scenario.cluster !== null ? scenario.cluster : {}
        ) as RawObject;
        cluster.acceleratorCount = scenario.clusterSize;
        scenario.cluster = cluster;
        delete scenario.clusterSize;
        note({ kind: 'renamed', path: `scenarios[${i}].cluster.acceleratorCount`, detail: 'moved from clusterSize' });
      }
    });
    if ('legacyFlag' in raw) {
      delete raw.legacyFlag;
      note({ kind: 'removed', path: 'legacyFlag', detail: 'no longer used' });
    }
    return raw;
  },
};

const fakeRegistry: Record<number, Migration> = { 0: v0ToV1 };

describe('the real registry', () => {
  test('version 1 is current and needs no upgrade', () => {
    assert.equal(CURRENT_SCHEMA_VERSION, 1);
    assert.deepEqual(Object.keys(MIGRATIONS), []);
    const raw = { schemaVersion: 1, scenarios: [{ name: 'a' }] };
    const result = migrateToCurrent(raw);
    assert.deepEqual(result, { ok: true, value: raw, log: [], fromVersion: 1 });
  });

  test('an older version without an upgrade is refused with the versions named', () => {
    const result = migrateToCurrent({ schemaVersion: 0 });
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(result.error.path, 'schemaVersion');
    assert.equal(result.error.value, '0');
    assert.equal(
      result.error.message,
      'schema version 0 is not a Fabricost version this version can read or upgrade (it reads up to 1)',
    );
  });
});

describe('migrateToCurrent with a fake v0 → v1 upgrade', () => {
  const oldFile = (): RawObject => ({
    schemaVersion: 0,
    legacyFlag: true,
    scenarios: [
      { name: 'Base', clusterSize: 4096 },
      { name: 'Small', clusterSize: 512, cluster: { acceleratorsPerServer: 4 } },
    ],
  });

  test('upgrades, logs each change and sets the new version', () => {
    const result = migrateToCurrent(oldFile(), fakeRegistry, 1);
    assert.equal(result.ok, true);
    if (!result.ok) return;
    assert.equal(result.fromVersion, 0);
    assert.deepEqual(result.value, {
      schemaVersion: 1,
      scenarios: [
        { name: 'Base', cluster: { acceleratorCount: 4096 } },
        { name: 'Small', cluster: { acceleratorsPerServer: 4, acceleratorCount: 512 } },
      ],
    });
    assert.deepEqual(result.log, [
      {
        fromVersion: 0,
        toVersion: 1,
        kind: 'renamed',
        path: 'scenarios[0].cluster.acceleratorCount',
        detail: 'moved from clusterSize',
      },
      {
        fromVersion: 0,
        toVersion: 1,
        kind: 'renamed',
        path: 'scenarios[1].cluster.acceleratorCount',
        detail: 'moved from clusterSize',
      },
      { fromVersion: 0, toVersion: 1, kind: 'removed', path: 'legacyFlag', detail: 'no longer used' },
    ]);
    // The upgraded object is a valid current project.
    const parsed = parseProjectValue(result.value);
    assert.equal(parsed.ok, true);
    if (parsed.ok) assert.equal(parsed.project.scenarios[1]?.cluster.acceleratorCount, 512);
  });

  test('does not change the object it was given', () => {
    const input = oldFile();
    const before = structuredClone(input);
    migrateToCurrent(input, fakeRegistry, 1);
    assert.deepEqual(input, before);
  });

  test('chains several upgrades in order', () => {
    const order: number[] = [];
    const step = (from: number): Migration => ({
      summary: `step ${from}`,
      up(raw, note) {
        order.push(from);
        assert.equal(raw.schemaVersion, from, 'each step sees the version it starts from');
        note({ kind: 'notice', path: '', detail: `step ${from}` });
        return { ...raw, [`touchedBy${from}`]: true };
      },
    });
    const result = migrateToCurrent({ schemaVersion: 1, x: 1 }, { 1: step(1), 2: step(2), 3: step(3) }, 4);
    assert.deepEqual(order, [1, 2, 3]);
    assert.equal(result.ok, true);
    if (!result.ok) return;
    assert.deepEqual(result.value, { schemaVersion: 4, x: 1, touchedBy1: true, touchedBy2: true, touchedBy3: true });
    assert.deepEqual(
      result.log.map((l) => [l.fromVersion, l.toVersion, l.detail]),
      [
        [1, 2, 'step 1'],
        [2, 3, 'step 2'],
        [3, 4, 'step 3'],
      ],
    );
  });

  test('puts schemaVersion back when an upgrade drops it', () => {
    const result = migrateToCurrent({ schemaVersion: 0, a: 1 }, { 0: { summary: 'drop', up: () => ({ a: 2 }) } }, 1);
    assert.ok(result.ok);
    assert.deepEqual(result.value, { schemaVersion: 1, a: 2 });
    assert.equal(Object.keys(result.value)[0], 'schemaVersion');
  });

  test('a missing step in the chain is an error naming it', () => {
    const result = migrateToCurrent({ schemaVersion: 1 }, { 1: v0ToV1 }, 3);
    assert.equal(result.ok, false);
    if (!result.ok) assert.equal(result.error.message, 'no upgrade from schema version 2 to 3 is available');
  });

  test('an upgrade that throws or returns junk is an error, not a crash', () => {
    const throwing = migrateToCurrent(
      { schemaVersion: 0 },
      {
        0: {
          summary: 'x',
          up: () => {
            throw new Error('bad data');
          },
        },
      },
      1,
    );
    assert.equal(throwing.ok, false);
    if (!throwing.ok) assert.equal(throwing.error.message, 'upgrading from schema version 0 to 1 failed: bad data');
    const junk = migrateToCurrent(
      { schemaVersion: 0 },
      { 0: { summary: 'x', up: () => [] as unknown as RawObject } },
      1,
    );
    assert.equal(junk.ok, false);
    if (!junk.ok) assert.match(junk.error.message, /did not produce a project object/);
  });
});

describe('version checks', () => {
  test('a newer file is refused with both versions named', () => {
    const result = migrateToCurrent({ schemaVersion: 3, scenarios: [] });
    assert.deepEqual(result, {
      ok: false,
      error: {
        path: 'schemaVersion',
        value: '3',
        message:
          'this file was written by a newer Fabricost (schema version 3); this version reads up to 1. It was not changed.',
      },
    });
  });

  test('missing and non-integer versions are clear errors', () => {
    const cases: [unknown, string, RegExp][] = [
      [{}, 'nothing', /^required; a Fabricost project states its schemaVersion \(this Fabricost writes 1\)$/],
      [{ schemaVersion: 1.5 }, '1.5', /^must be a whole number/],
      [{ schemaVersion: '1' }, '"1"', /^must be a whole number/],
      [{ schemaVersion: null }, 'null', /^must be a whole number/],
      [{ schemaVersion: 2 ** 60 }, String(2 ** 60), /^must be a whole number/],
    ];
    for (const [raw, value, message] of cases) {
      const result = migrateToCurrent(raw);
      assert.equal(result.ok, false);
      if (result.ok) continue;
      assert.equal(result.error.path, 'schemaVersion');
      assert.equal(result.error.value, value);
      assert.match(result.error.message, message);
    }
  });

  test('non-object input is refused', () => {
    for (const raw of [null, [], 'x', 1, undefined]) {
      const result = migrateToCurrent(raw);
      assert.equal(result.ok, false);
      if (!result.ok) assert.match(result.error.message, /expected a Fabricost project/);
    }
  });

  test('parseProject refuses a newer file before validating anything else', () => {
    const result = parseProject('{"schemaVersion":2,"scenarios":"not even a list","unknown":1}');
    assert.equal(result.ok, false);
    if (!result.ok)
      assert.deepEqual(
        result.errors.map((e) => e.path),
        ['schemaVersion'],
      );
  });
});
