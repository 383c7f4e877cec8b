import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { getAtPath, setAtPath } from '../../../shared/scenario/object-paths.ts';

describe('getAtPath and setAtPath', () => {
  const scenario = { name: 'a', cluster: { acceleratorCount: 8, accelerator: { name: 'H100' } } };

  test('getAtPath reads nested own values and returns undefined for missing ones', () => {
    assert.equal(getAtPath(scenario, 'cluster.acceleratorCount'), 8);
    assert.equal(getAtPath(scenario, 'cluster.accelerator.name'), 'H100');
    assert.equal(getAtPath(scenario, 'cluster.missing.deeper'), undefined);
    assert.equal(getAtPath(scenario, 'name.length'), undefined, 'does not walk into strings');
    assert.equal(getAtPath({}, 'toString'), undefined, 'ignores inherited properties');
    assert.equal(getAtPath(scenario, ''), scenario);
  });

  test('setAtPath returns a changed copy and leaves the original alone', () => {
    const next = setAtPath(scenario, 'cluster.acceleratorCount', 16);
    assert.equal(next.cluster.acceleratorCount, 16);
    assert.equal(scenario.cluster.acceleratorCount, 8);
    assert.equal(next.cluster.accelerator, scenario.cluster.accelerator, 'untouched branches are shared');
    const created = setAtPath({} as Record<string, unknown>, 'economics.pue', 1.2);
    assert.deepEqual(created, { economics: { pue: 1.2 } });
  });

  test('paths that could reach a prototype are refused', () => {
    for (const path of ['__proto__.polluted', 'cluster.constructor', 'prototype', 'a..b']) {
      assert.throws(() => setAtPath({}, path, 1), /invalid input path/);
      assert.throws(() => getAtPath({}, path), /invalid input path/);
    }
    assert.throws(() => setAtPath({}, '', 1), /non-empty path/);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});
