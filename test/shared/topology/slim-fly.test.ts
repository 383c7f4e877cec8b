/**
 * Slim Fly counts and plan worked from the MMS formulas (Besta & Hoefler): q = 4w + delta,
 * 2q^2 routers, network radix k' = (3q - delta)/2, p = ceil(k'/2) endpoints per router.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planSlimFly, slimFlyCounts, slimFlyDelta } from '../../../shared/topology/slim-fly.ts';
import { request } from './request.ts';

test('q = 2 mod 4 has no delta, so no Slim Fly counts', () => {
  for (const q of [6, 10, 26]) {
    assert.equal(slimFlyDelta(q), undefined);
    assert.equal(slimFlyCounts(q), undefined, `q = ${q}`);
  }
});

test('16,384 endpoints on radix 64: q = 23 (19 holds 722 x 15 = 10,830), 1,058 routers, in the note', () => {
  // q = 23: delta -1, k' = (69 + 1)/2 = 35, p = 18, radix 53; 1,058 x 18 = 19,044 endpoints.
  const r = planSlimFly(request({ kind: 'slim-fly', accelerators: 16_384, radix: 64 }));
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  assert.equal(r.value.topology, 'slim-fly');
  assert.deepEqual(r.value.notes, ['Slim Fly q=23 (delta -1), 1058 routers']);
});
