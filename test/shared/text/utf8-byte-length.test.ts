import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { utf8ByteLength } from '../../../shared/text/utf8-byte-length.ts';

test('counts 1, 2, 3 and 4 bytes per code point as UTF-8 does', () => {
  assert.equal(utf8ByteLength('abc'), 3);
  assert.equal(utf8ByteLength('é'), 2); // U+00E9
  assert.equal(utf8ByteLength('€1'), 4); // U+20AC is 3 bytes
  assert.equal(utf8ByteLength('😀'), 4); // a surrogate pair
  assert.equal(utf8ByteLength('\ud800x'), 4, 'a lone surrogate is written as 3 bytes (U+FFFD)');
});

test('stops counting once past the limit', () => {
  assert.equal(utf8ByteLength('a'.repeat(100), 10), 11);
});

test('agrees with the encoder for any text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (s) => {
      assert.equal(utf8ByteLength(s), Buffer.byteLength(s, 'utf8'));
    }),
  );
});
