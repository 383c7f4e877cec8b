import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MEDIUM_KINDS } from '../../../shared/catalog/catalog-schema.ts';
import { linkMediaSplit, mediumFamily } from '../../../shared/media/link-media-split.ts';

test('DAC, ACC and AEC are copper; AOC, pluggable modules and CPO optical', () => {
  assert.deepEqual(
    MEDIUM_KINDS.filter((k) => mediumFamily(k) === 'copper'),
    ['dac', 'acc', 'aec'],
  );
  assert.deepEqual(
    MEDIUM_KINDS.filter((k) => mediumFamily(k) === 'optical'),
    MEDIUM_KINDS.filter((k) => !['dac', 'acc', 'aec'].includes(k)),
  );
});

test('2,048 DAC and 4,096 DR links, 8,192 modules for 1,024 accelerators', () => {
  const s = linkMediaSplit(
    [
      { count: 2048, medium: 'dac' },
      { count: 4096, medium: 'dsp-dr' },
    ],
    8192,
    1024,
  );
  assert.deepEqual(s, { copperLinks: 2048, opticalLinks: 4096, copperShare: 1 / 3, modulesPerAccelerator: 8 });
});

test('copper + optical links = all links; the share stays in 0..1', () => {
  fc.assert(
    fc.property(fc.array(fc.record({ count: fc.nat(100_000), medium: fc.constantFrom(...MEDIUM_KINDS) })), (links) => {
      const s = linkMediaSplit(links, 0, 1);
      assert.equal(
        s.copperLinks + s.opticalLinks,
        links.reduce((a, l) => a + l.count, 0),
      );
      assert.ok(s.copperShare >= 0 && s.copperShare <= 1);
    }),
  );
});

test('no links and no accelerators: shares and modules per accelerator are 0, not NaN', () => {
  assert.deepEqual(linkMediaSplit([], 0, 0), {
    copperLinks: 0,
    opticalLinks: 0,
    copperShare: 0,
    modulesPerAccelerator: 0,
  });
  assert.equal(linkMediaSplit([{ count: 4, medium: 'aec' }], 16, 0).modulesPerAccelerator, 0);
});
