import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FORBIDDEN_KEYS, isForbiddenKey } from '../../../shared/text/forbidden-keys.ts';

test('names exactly the three keys that reach a prototype', () => {
  assert.deepEqual([...FORBIDDEN_KEYS].sort(), ['__proto__', 'constructor', 'prototype']);
  assert.equal(isForbiddenKey('__proto__'), true);
  assert.equal(isForbiddenKey('cluster'), false);
  assert.equal(isForbiddenKey('Constructor'), false, 'case matters, as it does for property lookup');
});
